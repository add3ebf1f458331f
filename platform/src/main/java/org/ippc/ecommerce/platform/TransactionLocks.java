package org.ippc.ecommerce.platform;

import jakarta.persistence.EntityManager;

/** Locks that PostgreSQL holds for the current transaction and lets go at its commit or rollback. */
public final class TransactionLocks {
    private TransactionLocks() {}

    /** Waits until no other transaction holds the lock of this key, then holds it until this one ends. */
    public static void holdUntilCommit(EntityManager entityManager, String key) {
        entityManager
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:lock, 0))) l")
                .setParameter("lock", key)
                .getSingleResult();
    }
}
