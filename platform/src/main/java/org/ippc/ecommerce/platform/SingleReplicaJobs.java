package org.ippc.ecommerce.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Scheduled jobs run on one replica at a time: every replica's scheduler fires, the first to take the job's
 * PostgreSQL advisory lock runs it, and the others skip that turn. The lock is the transaction's, so a replica
 * that dies mid-job lets go of it with its connection.
 */
@ApplicationScoped
public class SingleReplicaJobs {
    private final EntityManager entityManager;

    SingleReplicaJobs(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Runs {@code work} in a transaction unless another replica runs {@code job} now; answers whether it ran. */
    @Transactional
    public boolean runAlone(String job, Runnable work) {
        boolean mine = (Boolean) entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "job\n" + job)
                .getSingleResult();
        if (mine) {
            work.run();
        }
        return mine;
    }
}
