package org.ippc.ecommerce.registry.trader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The domains of marketplaces and social networks (reference data, table {@code marketplace_domain}). */
@Singleton
public class MarketplaceDomains {
    private final EntityManager entityManager;
    private volatile Map<String, String> platformByDomain;

    MarketplaceDomains(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The platform of a host that is a marketplace's domain or under one ({@code de.aliexpress.com}). */
    public Optional<String> platformOf(String host) {
        Map<String, String> byDomain = platformByDomain();
        for (String domain = host; ; domain = domain.substring(domain.indexOf('.') + 1)) {
            String platform = byDomain.get(domain);
            if (platform != null) {
                return Optional.of(platform);
            }
            if (domain.indexOf('.') < 0) {
                return Optional.empty();
            }
        }
    }

    // Read when first needed rather than at start-up, which it would lengthen for every replica.
    private Map<String, String> platformByDomain() {
        Map<String, String> loaded = platformByDomain;
        if (loaded == null) {
            loaded = QuarkusTransaction.requiringNew().call(() -> ((Stream<?>) entityManager
                            .createNativeQuery("select domain, platform from marketplace_domain")
                            .getResultStream())
                    .map(Object[].class::cast)
                    .collect(Collectors.toUnmodifiableMap(row -> (String) row[0], row -> (String) row[1])));
            platformByDomain = loaded;
        }
        return loaded;
    }
}
