package org.ippc.ecommerce.registry.trader;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry-wide keys of online presences, so that any way of writing a shop's address finds
 * the one trader holding it: {@code https://www.Shop.example/p/123?utm=x} is {@code web:shop.example}.
 */
public final class PresenceKeys {
    private PresenceKeys() {}

    /** The host of a website address, lower case, without scheme, {@code www.}, path or query. */
    public static Optional<String> host(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String trimmed = address.strip();
        String withScheme = trimmed.contains("://") ? trimmed : "https://" + trimmed;
        try {
            String host = new URI(withScheme).getHost();
            if (host == null || !host.contains(".") || host.startsWith(".") || host.endsWith(".")) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (URISyntaxException invalid) {
            return Optional.empty();
        }
    }

    public static String website(String host) {
        return "web:" + host;
    }

    public static String store(String platform, String storeId) {
        return "store:" + platform.strip().toLowerCase(Locale.ROOT) + ":"
                + storeId.strip().toLowerCase(Locale.ROOT);
    }

    /** The website keys a URL may belong to: its host and each parent domain (shop.example for a.shop.example). */
    public static List<String> websiteCandidates(String address) {
        List<String> keys = new ArrayList<>();
        host(address).ifPresent(host -> {
            String domain = host;
            while (domain.contains(".")) {
                keys.add(website(domain));
                domain = domain.substring(domain.indexOf('.') + 1);
            }
        });
        return keys;
    }
}
