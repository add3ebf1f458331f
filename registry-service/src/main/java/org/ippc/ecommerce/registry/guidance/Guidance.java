package org.ippc.ecommerce.registry.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guidance for the commodity classes a screening found, kept for a few minutes so that a stream
 * of screenings does not ask resources-service again for every batch. Only answers are kept: when
 * resources-service cannot answer, the next screening asks again.
 */
@ApplicationScoped
public class Guidance {
    private final GuidanceClient client;
    private final Clock clock;
    private final Duration keepFor;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(List<GuidanceLink> links, Instant until) {}

    /** Links by commodity class, and whether resources-service could be asked for every class. */
    public record Found(Map<String, List<GuidanceLink>> byCommodityClass, boolean available) {}

    Guidance(
            GuidanceClient client,
            Clock clock,
            @ConfigProperty(name = "ippc.guidance.keep-for", defaultValue = "5M") Duration keepFor) {
        this.client = client;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    public Found forCommodityClasses(Set<String> commodityClasses) {
        Map<String, List<GuidanceLink>> links = new HashMap<>();
        boolean available = true;
        for (String commodityClass : commodityClasses) {
            Optional<List<GuidanceLink>> found = linksFor(commodityClass);
            available &= found.isPresent();
            links.put(commodityClass, found.orElse(List.of()));
        }
        return new Found(links, available);
    }

    private Optional<List<GuidanceLink>> linksFor(String commodityClass) {
        Instant now = Instant.now(clock);
        Kept known = kept.get(commodityClass);
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(known.links());
        }
        Optional<List<GuidanceLink>> fetched = client.published(commodityClass);
        fetched.ifPresent(links -> kept.put(commodityClass, new Kept(links, now.plus(keepFor))));
        return fetched;
    }
}
