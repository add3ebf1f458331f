package org.ippc.ecommerce.registry.trader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ippc.ecommerce.platform.Problems;

/**
 * The domains of marketplaces and social networks (reference data, table {@code marketplace_domain}),
 * where a seller is a store, not a website: {@code etsy.com/shop/GrainesDuMonde} is the store
 * {@code GrainesDuMonde} on {@code etsy}.
 */
@Singleton
public class MarketplaceDomains {
    /**
     * A marketplace, and where the addresses of its pages name a store, in the order tried: after a path
     * ({@code /shop/}) or in a query parameter ({@code ?seller=}); none where they do not.
     */
    private record Marketplace(String platform, List<String> storePaths) {}

    /** A row of the table. */
    record DomainRow(String domain, String platform, String[] storePaths) {
        Marketplace marketplace() {
            return new Marketplace(platform, storePaths == null ? List.of() : List.of(storePaths));
        }
    }

    private final EntityManager entityManager;
    private volatile Map<String, Marketplace> byDomain;

    MarketplaceDomains(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The platform of a host that is a marketplace's domain or under one ({@code de.aliexpress.com}). */
    public Optional<String> platformOf(String host) {
        return marketplaceOf(host).map(Marketplace::platform);
    }

    /**
     * The presence keys the seller at an address may be registered under, the most specific first: on
     * a marketplace, its store there, when the address names one; elsewhere the website and its parent
     * domains.
     */
    public List<String> sellerKeys(String address) {
        Optional<URI> uri = PresenceKeys.uri(address);
        Optional<String> host = uri.flatMap(PresenceKeys::host);
        if (host.isEmpty()) {
            return List.of();
        }
        Optional<Marketplace> marketplace = marketplaceOf(host.get());
        if (marketplace.isEmpty()) {
            return PresenceKeys.websiteCandidates(host.get());
        }
        return storeId(marketplace.get(), uri.get())
                .map(storeId -> List.of(PresenceKeys.store(marketplace.get().platform(), storeId)))
                .orElse(List.of());
    }

    /** {@link #sellerKeys}, or a 400 saying why an address names no seller. */
    public List<String> requiredSellerKeys(String address) {
        List<String> keys = sellerKeys(address);
        if (keys.isEmpty()) {
            throw Problems.badRequest(PresenceKeys.host(address)
                    .flatMap(this::platformOf)
                    .map(platform ->
                            "'%s' is on the marketplace %s but names no store: give platform=%s and the storeId."
                                    .formatted(address, platform, platform))
                    .orElse("'%s' is not a website address.".formatted(address)));
        }
        return keys;
    }

    /** The store an address names, by the first of the marketplace's store paths that finds one in it. */
    private static Optional<String> storeId(Marketplace marketplace, URI address) {
        return marketplace.storePaths().stream()
                .flatMap(storePath -> storeId(storePath, address).stream())
                .findFirst();
    }

    /** The path segment after {@code /shop/}, or the parameter of {@code ?seller=}. */
    private static Optional<String> storeId(String storePath, URI address) {
        if (storePath.startsWith("?")) {
            return PresenceKeys.queryParameter(address, storePath.substring(1, storePath.length() - 1));
        }
        String path = address.getPath();
        if (!path.toLowerCase(Locale.ROOT).startsWith(storePath)) {
            return Optional.empty();
        }
        String rest = path.substring(storePath.length());
        int end = rest.indexOf('/');
        String storeId = (end < 0 ? rest : rest.substring(0, end)).strip();
        return storeId.isEmpty() ? Optional.empty() : Optional.of(storeId);
    }

    private Optional<Marketplace> marketplaceOf(String host) {
        Map<String, Marketplace> marketplaces = byDomain();
        for (String domain = host; ; domain = domain.substring(domain.indexOf('.') + 1)) {
            Marketplace marketplace = marketplaces.get(domain);
            if (marketplace != null) {
                return Optional.of(marketplace);
            }
            if (domain.indexOf('.') < 0) {
                return Optional.empty();
            }
        }
    }

    // Read when first needed rather than at start-up, which it would lengthen for every replica.
    private Map<String, Marketplace> byDomain() {
        Map<String, Marketplace> loaded = byDomain;
        if (loaded == null) {
            loaded = QuarkusTransaction.requiringNew().call(() -> ((Stream<?>) entityManager
                            .createNativeQuery(
                                    "select domain, platform, store_paths from marketplace_domain", DomainRow.class)
                            .getResultStream())
                    .map(DomainRow.class::cast)
                    .collect(Collectors.toUnmodifiableMap(DomainRow::domain, DomainRow::marketplace)));
            byDomain = loaded;
        }
        return loaded;
    }
}
