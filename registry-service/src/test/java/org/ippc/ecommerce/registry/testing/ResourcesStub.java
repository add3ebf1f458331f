package org.ippc.ecommerce.registry.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.List;
import java.util.Map;

/**
 * resources-service's public catalogue as a WireMock stub on a free port: empty unless a test
 * publishes guidance for a commodity class, or makes it fail.
 */
@WithTestResource(value = ResourcesStub.class, scope = TestResourceScope.GLOBAL)
public class ResourcesStub implements QuarkusTestResourceLifecycleManager {
    private static final String EMPTY_PAGE = """
            {"items": [], "next": null, "total": 0, "facets": {"types": [], "languages": [], "topics": [],
             "commodityClasses": [], "regions": [], "countries": [], "providerTypes": [], "years": []}}""";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        emptyCatalogue();
        return Map.of("quarkus.rest-client.resources.url", server.baseUrl());
    }

    @Override
    public void stop() {
        server.stop();
    }

    /** One published resource on the commodity class, in English, answered when no language is asked for. */
    public static void publishedGuidance(String commodityClass, long resourceId, String title, String url) {
        server.stubFor(get(urlPathEqualTo("/v1/resources"))
                .withQueryParam("commodityClass", equalTo(commodityClass))
                .withQueryParam("language", absent())
                .atPriority(6)
                .willReturn(okJson(page(commodityClass, resourceId, "en", Map.of("fr", "Guide", "en", title), url))));
    }

    /** One published resource on the commodity class, available in the language and titled in it and in English. */
    public static void publishedGuidanceIn(
            String language, String commodityClass, long resourceId, String title, String url) {
        server.stubFor(get(urlPathEqualTo("/v1/resources"))
                .withQueryParam("commodityClass", equalTo(commodityClass))
                .withQueryParam("language", equalTo(language))
                .atPriority(5)
                .willReturn(okJson(
                        page(commodityClass, resourceId, language, Map.of(language, title, "en", "In English"), url))));
    }

    private static String page(
            String commodityClass, long resourceId, String language, Map<String, String> titles, String url) {
        try {
            return JSON.writeValueAsString(Map.of(
                    "items",
                    List.of(Map.ofEntries(
                            Map.entry("id", resourceId),
                            Map.entry("titles", titles),
                            Map.entry("summaries", Map.of("en", "s")),
                            Map.entry("type", "guide"),
                            Map.entry("languages", List.of(language)),
                            Map.entry("topics", List.of("awareness")),
                            Map.entry("commodityClasses", List.of(commodityClass)),
                            Map.entry("regions", List.of("global")),
                            Map.entry("countries", List.of()),
                            Map.entry("provider", Map.of("name", "IPPC", "type", "international-organization")),
                            Map.entry("publicationYear", 2025),
                            Map.entry("urls", List.of(url)),
                            Map.entry("publishedAt", "2026-01-01T00:00:00Z"),
                            Map.entry("disclaimer", "d"),
                            // a field the catalogue's contract does not have yet: the client must take additions
                            Map.entry("reviewedBy", List.of("IAPSC")))),
                    "total",
                    1));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Which languages the catalogue was asked for, in order (null when none was). */
    public static List<String> languagesAskedFor(String commodityClass) {
        return server.getAllServeEvents().reversed().stream()
                .map(event -> event.getRequest())
                .filter(request -> commodityClass.equals(queryValue(request, "commodityClass")))
                .map(request -> queryValue(request, "language"))
                .toList();
    }

    /** How many catalogue requests were received since the last {@link #reset}. */
    public static long catalogueRequests() {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith("/v1/resources"))
                .count();
    }

    /** The W3C {@code traceparent} header of every catalogue request, in order. */
    public static List<String> traceparentsReceived() {
        return server.getAllServeEvents().reversed().stream()
                .map(event -> event.getRequest())
                .filter(request -> request.getUrl().startsWith("/v1/resources"))
                .map(request -> request.getHeader("traceparent"))
                .toList();
    }

    private static String queryValue(LoggedRequest request, String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : null;
    }

    /** The catalogue and its readiness fail: connection reset, a 500, or slower than the timeout. */
    public static void fail(String failure) {
        ResponseDefinitionBuilder response =
                switch (failure) {
                    case "down" -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
                    case "error" -> aResponse().withStatus(500);
                    default -> okJson(EMPTY_PAGE).withFixedDelay(5_000);
                };
        server.stubFor(get(urlPathEqualTo("/v1/resources")).atPriority(1).willReturn(response));
        server.stubFor(get(urlPathEqualTo("/q/health/ready")).atPriority(1).willReturn(response));
    }

    public static void reset() {
        server.resetAll();
        emptyCatalogue();
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static void emptyCatalogue() {
        server.stubFor(get(urlPathEqualTo("/v1/resources")).atPriority(10).willReturn(okJson(EMPTY_PAGE)));
        server.stubFor(
                get(urlPathEqualTo("/q/health/ready")).atPriority(10).willReturn(okJson("{\"status\": \"UP\"}")));
    }
}
