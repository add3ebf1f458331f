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
 * Guidance for what a screening found: for each commodity class and destination country, the
 * resources available in the destination's first language that has any, else in any language.
 * Answers are kept for a few minutes so that a stream of screenings does not ask resources-service
 * again for every batch; when resources-service cannot answer, a screening stops asking and the next
 * one asks again.
 */
@ApplicationScoped
public class Guidance {
    private static final String ANY_LANGUAGE = "*";

    private final GuidanceClient client;
    private final DestinationLanguages destinationLanguages;
    private final Clock clock;
    private final Duration keepFor;
    private final Map<Asked, Kept> kept = new ConcurrentHashMap<>();

    /** Guidance is looked for per commodity class of a matched product and destination country. */
    public record Need(String commodityClass, String destinationCountry) {}

    /** The links for each need, and whether resources-service could be asked for every one. */
    public record Found(Map<Need, List<GuidanceLink>> links, boolean available) {
        public List<GuidanceLink> of(Need need) {
            return links.getOrDefault(need, List.of());
        }
    }

    private record Asked(String commodityClass, String language) {}

    private record Kept(List<GuidanceLink> links, Instant until) {}

    Guidance(
            GuidanceClient client,
            DestinationLanguages destinationLanguages,
            Clock clock,
            @ConfigProperty(name = "ippc.guidance.keep-for", defaultValue = "5M") Duration keepFor) {
        this.client = client;
        this.destinationLanguages = destinationLanguages;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    public Found forNeeds(Set<Need> needs) {
        Map<Need, List<GuidanceLink>> links = new HashMap<>();
        boolean available = true;
        for (Need need : needs) {
            // Once resources-service has not answered, this screening asks it nothing more and uses only what is
            // kept: a batch bound for thirty countries would otherwise wait for each of its needs in turn.
            Optional<List<GuidanceLink>> found = linksFor(need, available);
            available &= found.isPresent();
            links.put(need, found.orElse(List.of()));
        }
        return new Found(links, available);
    }

    private Optional<List<GuidanceLink>> linksFor(Need need, boolean mayAsk) {
        for (String language : destinationLanguages.of(need.destinationCountry())) {
            Optional<List<GuidanceLink>> inLanguage = asked(new Asked(need.commodityClass(), language), mayAsk);
            if (inLanguage.isEmpty() || !inLanguage.get().isEmpty()) {
                return inLanguage;
            }
        }
        return asked(new Asked(need.commodityClass(), ANY_LANGUAGE), mayAsk);
    }

    private Optional<List<GuidanceLink>> asked(Asked asked, boolean mayAsk) {
        Instant now = Instant.now(clock);
        Kept known = kept.get(asked);
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(known.links());
        }
        if (!mayAsk) {
            return Optional.empty();
        }
        Optional<List<GuidanceLink>> fetched = client.published(
                asked.commodityClass(), ANY_LANGUAGE.equals(asked.language()) ? null : asked.language());
        fetched.ifPresent(links -> kept.put(asked, new Kept(links, now.plus(keepFor))));
        return fetched;
    }
}
