package org.ippc.ecommerce.platform;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Keys for rows written outside Hibernate (by {@link CopyRows}) from a sequence Hibernate also
 * draws from, {@code increment by 50}. Hibernate's pooled-lo optimizer (set in
 * application.properties) reads each value v of such a sequence as the block of keys v to v+49;
 * reading them the same way, neither can take a key the other took.
 */
public final class PooledKeys {
    private static final int BLOCK = 50;

    private PooledKeys() {}

    public static List<Long> take(EntityManager entityManager, String sequence, int count) {
        List<Long> keys = new ArrayList<>(count);
        while (keys.size() < count) {
            int blocks = (count - keys.size() + BLOCK - 1) / BLOCK;
            List<?> values = entityManager
                    .createNativeQuery("select nextval(cast(:sequence as regclass)) from generate_series(1, :blocks)")
                    .setParameter("sequence", sequence)
                    .setParameter("blocks", blocks)
                    .getResultList();
            for (Object value : values) {
                long low = ((Number) value).longValue();
                for (long key = low; key < low + BLOCK && keys.size() < count; key++) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }
}
