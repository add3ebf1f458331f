package org.ippc.ecommerce.registry.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ippc.ecommerce.registry.guidance.client.ApiException;
import org.ippc.ecommerce.registry.guidance.client.CatalogueApi;
import org.ippc.ecommerce.registry.guidance.client.CataloguePage;

/**
 * Reads published guidance from resources-service, through the client generated from its committed
 * OpenAPI document: bounded in time, retried once (a read, and not while the circuit is open),
 * behind a circuit breaker, and empty when resources-service cannot answer. Every limit can be
 * changed in configuration (MicroProfile Fault Tolerance keys, e.g.
 * {@code quarkus.fault-tolerance."org.ippc.ecommerce.registry.guidance.GuidanceClient/published".timeout.value}).
 */
@ApplicationScoped
public class GuidanceClient {
    private static final String NEWEST_FIRST = "posted";
    private static final String ENGLISH = "en";

    private final CatalogueApi resources;
    private final int linksPerClass;

    GuidanceClient(
            @RestClient CatalogueApi resources,
            @ConfigProperty(name = "ippc.guidance.links-per-class", defaultValue = "3") int linksPerClass) {
        this.resources = resources;
        this.linksPerClass = linksPerClass;
    }

    /**
     * The newest published resources on a commodity class, only those available in the language
     * unless it is null; empty when resources-service cannot say.
     */
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 50, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<List<GuidanceLink>> published(String commodityClass, String language) {
        return Optional.of(newest(commodityClass, language).getItems().stream()
                .filter(resource ->
                        !resource.getUrls().isEmpty() && !resource.getTitles().isEmpty())
                .map(resource -> {
                    String titleLanguage = titleLanguage(resource.getTitles(), language);
                    return new GuidanceLink(
                            resource.getId(),
                            commodityClass,
                            resource.getTitles().get(titleLanguage),
                            titleLanguage,
                            resource.getLanguages(),
                            resource.getType(),
                            resource.getUrls().getFirst());
                })
                .toList());
    }

    private CataloguePage newest(String commodityClass, String language) {
        try {
            return resources.catalogueResourceSearch(
                    commodityClass,
                    null,
                    null,
                    null,
                    language,
                    linksPerClass,
                    null,
                    null,
                    null,
                    NEWEST_FIRST,
                    null,
                    null,
                    null);
        } catch (ApiException refused) {
            throw new ProcessingException(
                    "resources-service answered " + refused.getResponse().getStatus(), refused);
        }
    }

    Optional<List<GuidanceLink>> unavailable(String commodityClass, String language) {
        return Optional.empty();
    }

    private static String titleLanguage(Map<String, String> titles, String wanted) {
        if (wanted != null && titles.containsKey(wanted)) {
            return wanted;
        }
        return titles.containsKey(ENGLISH)
                ? ENGLISH
                : titles.keySet().iterator().next();
    }
}
