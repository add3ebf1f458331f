package org.ippc.ecommerce.registry.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
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

    /** One published resource on the commodity class. */
    public static void publishedGuidance(String commodityClass, long resourceId, String title, String url) {
        server.stubFor(get(urlPathEqualTo("/v1/resources"))
                .withQueryParam("commodityClass", equalTo(commodityClass))
                .willReturn(okJson("""
                        {"items": [{"id": %d, "titles": {"fr": "Guide", "en": "%s"}, "summaries": {"en": "s"},
                          "type": "guide", "languages": ["en"], "topics": ["awareness"],
                          "commodityClasses": ["%s"], "regions": ["global"], "countries": [],
                          "provider": {"name": "IPPC", "type": "international-organization"},
                          "publicationYear": 2025, "urls": ["%s"], "publishedAt": "2026-01-01T00:00:00Z",
                          "disclaimer": "d"}], "next": null, "total": 1}""".formatted(resourceId, title, commodityClass, url))));
    }

    /** The catalogue fails: connection reset, a 500, or slower than the timeout. */
    public static void fail(String failure) {
        ResponseDefinitionBuilder response =
                switch (failure) {
                    case "down" -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
                    case "error" -> aResponse().withStatus(500);
                    default -> okJson(EMPTY_PAGE).withFixedDelay(5_000);
                };
        server.stubFor(get(urlPathEqualTo("/v1/resources")).atPriority(1).willReturn(response));
    }

    public static void reset() {
        server.resetAll();
        emptyCatalogue();
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static void emptyCatalogue() {
        server.stubFor(get(urlPathEqualTo("/v1/resources")).atPriority(10).willReturn(okJson(EMPTY_PAGE)));
    }
}
