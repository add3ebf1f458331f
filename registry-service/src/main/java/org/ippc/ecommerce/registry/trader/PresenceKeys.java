package org.ippc.ecommerce.registry.trader;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.IDN;
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
    private static final String WEBSITE = "web:";

    private PresenceKeys() {}

    /**
     * The host of a website address, lower case, without scheme, {@code www.}, path or query; an
     * internationalized name ({@code магазин.рф}) in its ASCII form, so that either spelling finds it.
     */
    public static Optional<String> host(String address) {
        return uri(address).flatMap(PresenceKeys::host);
    }

    /** {@link #host(String)} of an address already read. */
    static Optional<String> host(URI uri) {
        // java.net.URI finds no host in a name with letters beyond ASCII: it is then read from the authority.
        String host = uri.getHost() != null ? uri.getHost() : hostOf(uri.getRawAuthority());
        if (host == null) {
            return Optional.empty();
        }
        try {
            host = IDN.toASCII(host).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
        if (!host.contains(".") || host.startsWith(".") || host.endsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    }

    /** The first non-empty value of a query parameter of an address, decoded. */
    static Optional<String> queryParameter(URI uri, String name) {
        return Optional.ofNullable(uri.getRawQuery()).flatMap(query -> new QueryStringDecoder(query, false)
                .parameters().getOrDefault(name, List.of()).stream()
                        .map(String::strip)
                        .filter(value -> !value.isEmpty())
                        .findFirst());
    }

    /** An address as a URI; without a scheme, an https one ({@code shop.example/p} is {@code https://shop.example/p}). */
    static Optional<URI> uri(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String trimmed = address.strip();
        try {
            return Optional.of(new URI(trimmed.contains("://") ? trimmed : "https://" + trimmed));
        } catch (URISyntaxException invalid) {
            return Optional.empty();
        }
    }

    /** The website a key names, as people write it: {@code магазин.рф} rather than {@code xn--80aairftm.xn--p1ai}. */
    static String readableWebsite(String key) {
        String host = key.substring(WEBSITE.length());
        return host.contains("xn--") ? IDN.toUnicode(host) : host;
    }

    private static String hostOf(String authority) {
        if (authority == null) {
            return null;
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int port = host.lastIndexOf(':');
        return port < 0 ? host : host.substring(0, port);
    }

    public static String website(String host) {
        return WEBSITE + host;
    }

    public static boolean isWebsite(String key) {
        return key.startsWith(WEBSITE);
    }

    public static String store(String platform, String storeId) {
        return "store:" + platform.strip().toLowerCase(Locale.ROOT) + ":"
                + storeId.strip().toLowerCase(Locale.ROOT);
    }

    /** The website keys a site on a host may belong to: the host and each parent domain (shop.example for a.shop.example). */
    static List<String> websiteCandidates(String host) {
        List<String> keys = new ArrayList<>();
        for (String domain = host; domain.contains("."); domain = domain.substring(domain.indexOf('.') + 1)) {
            keys.add(website(domain));
        }
        return keys;
    }
}
