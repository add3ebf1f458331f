package org.ippc.ecommerce.platform;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * How many calls one client may make to each group of operations, e.g. {@code ippc.rate-limits.screening.requests=600}
 * and {@code ippc.rate-limits.screening.per=PT1M}; a group without its own limit takes {@code default}'s.
 */
@Singleton
public class RateLimits {
    private static final String PREFIX = "ippc.rate-limits.";

    public record Limit(long requests, Duration per) {}

    private final Config config;
    private final Map<String, Limit> byGroup = new ConcurrentHashMap<>();

    RateLimits(Config config) {
        this.config = config;
    }

    public Limit of(String group) {
        return byGroup.computeIfAbsent(
                group, name -> new Limit(value(name, "requests", Long.class), value(name, "per", Duration.class)));
    }

    private <T> T value(String group, String name, Class<T> type) {
        return config.getOptionalValue(PREFIX + group + "." + name, type)
                .orElseGet(() -> config.getValue(PREFIX + "default." + name, type));
    }
}
