package org.ippc.ecommerce.resources.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * network-service as a WireMock stub on a free port, answering as its committed OpenAPI document
 * says; tests choose per expert or gap whether it answers, fails, is slow or is down.
 */
@WithTestResource(value = NetworkStub.class, scope = TestResourceScope.GLOBAL)
public class NetworkStub implements QuarkusTestResourceLifecycleManager {
    private static final String READINESS = "/q/health/ready";
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        answerReadiness();
        return Map.of("quarkus.rest-client.network.url", server.baseUrl());
    }

    @Override
    public void stop() {
        server.stop();
    }

    /** A fresh expert id no other test uses. */
    public static long newExpertId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
    }

    /** An expert who may review, with a profile in English. */
    public static long eligibleExpert() {
        long id = newExpertId();
        answerEligibleExpert(id);
        return id;
    }

    public static void answerEligibleExpert(long expertId) {
        answerEligibility(expertId, true, List.of());
        answerExpert(expertId, "Expert " + expertId, "expert-%d@nppo.invalid".formatted(expertId), List.of("en"));
    }

    /** The expert's profile as the Secretariat reads it, restricted fields included. */
    public static void answerExpert(long expertId, String name, String email, List<String> languages) {
        server.stubFor(get(urlPathEqualTo("/v1/experts/" + expertId)).willReturn(okJson("""
                {"id": %d, "name": "%s", "email": "%s", "languages": [%s], "countryCode": "KE", "status": "active",
                 "contactConsent": true}""".formatted(
                        expertId,
                        name,
                        email,
                        languages.stream().map(l -> '"' + l + '"').collect(Collectors.joining(","))))));
    }

    public static void failExpert(long expertId, Failure failure) {
        server.stubFor(get(urlPathEqualTo("/v1/experts/" + expertId)).willReturn(failure.response()));
    }

    /** An answer with a field network-service's contract does not have yet: a client must take what it adds. */
    public static void answerEligibility(long expertId, boolean eligible, List<String> reasons) {
        server.stubFor(get(urlPathEqualTo("/v1/experts/%d/eligibility".formatted(expertId)))
                .willReturn(okJson("""
                        {"expertId": %d, "role": "reviewer", "eligible": %b, "reasons": [%s],
                         "checkedAt": "2026-12-05T10:00:00Z"}""".formatted(
                                expertId,
                                eligible,
                                reasons.stream().map(r -> '"' + r + '"').collect(Collectors.joining(","))))));
    }

    /** The expert's eligibility check fails: connection reset, a 500, or an answer slower than any timeout. */
    public static void failEligibility(long expertId, Failure failure) {
        server.stubFor(get(urlPathEqualTo("/v1/experts/%d/eligibility".formatted(expertId)))
                .willReturn(failure.response()));
    }

    public static long knownGap() {
        long id = newExpertId();
        server.stubFor(get(urlPathEqualTo("/v1/gaps/" + id)).willReturn(okJson(gapJson(id, "open"))));
        return id;
    }

    public static void failGap(long gapId, Failure failure) {
        server.stubFor(get(urlPathEqualTo("/v1/gaps/" + gapId)).willReturn(failure.response()));
    }

    /** The open gaps network-service lists, on one page. */
    public static void openGaps(long... ids) {
        answerGaps("open", ids);
        answerGaps("in-progress");
    }

    /** network-service answers the gaps of one status: these ids, each as {@link #gapJson} describes it. */
    public static void answerGaps(String status, long... ids) {
        String items =
                java.util.Arrays.stream(ids).mapToObj(id -> gapJson(id, status)).collect(Collectors.joining(","));
        server.stubFor(get(urlPathEqualTo("/v1/gaps"))
                .withQueryParam("status", equalTo(status))
                .willReturn(okJson("{\"items\": [" + items + "], \"next\": null}")));
    }

    /** A global gap on customs, in any language network-service records as French, with no commodity class. */
    public static void answerGlobalGap(String status, long id) {
        server.stubFor(get(urlPathEqualTo("/v1/gaps"))
                .withQueryParam("status", equalTo(status))
                .willReturn(okJson("""
                        {"items": [{"id": %d, "topic": "Customs everywhere", "topics": ["customs"],
                          "description": "Material missing", "languages": ["fr"], "regions": ["global"],
                          "priority": "low", "status": "%s", "proposerRole": "rppo",
                          "proposedAt": "2026-01-01T00:00:00Z"}], "next": null}""".formatted(id, status))));
    }

    public static void failOpenGaps(Failure failure) {
        server.stubFor(get(urlPathEqualTo("/v1/gaps")).willReturn(failure.response()));
    }

    /** Back to a network-service that knows nothing, and closed circuit breakers. */
    public static void reset() {
        server.resetAll();
        answerReadiness();
        CircuitBreakerMaintenance.get().resetAll();
    }

    public static void failReadiness(Failure failure) {
        server.stubFor(get(urlPathEqualTo(READINESS)).willReturn(failure.response()));
    }

    private static void answerReadiness() {
        server.stubFor(get(urlPathEqualTo(READINESS)).willReturn(okJson("{\"status\": \"UP\"}")));
    }

    public static int requestsTo(String pathPrefix) {
        return (int) server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith(pathPrefix))
                .count();
    }

    /** The header's value in every request under the path, in order (null where it was not sent). */
    public static List<String> headersReceived(String pathPrefix, String header) {
        return server.getAllServeEvents().reversed().stream()
                .map(event -> event.getRequest())
                .filter(request -> request.getUrl().startsWith(pathPrefix))
                .map(request -> request.getHeader(header))
                .toList();
    }

    private static String gapJson(long id, String status) {
        return """
                {"id": %d, "topic": "Guidance for couriers on seed parcels", "topics": ["postal-courier", "diagnostics"],
                 "description": "Material missing",
                 "commodityClass": "seeds", "languages": ["ar"], "regions": ["NEPPO"], "priority": "high",
                 "status": "%s", "proposerRole": "expert", "proposedAt": "2026-01-01T00:00:00Z", "fundedBy": "IPPC"}""".formatted(id, status);
    }

    public enum Failure {
        DOWN,
        SERVER_ERROR,
        SLOW;

        com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response() {
            return switch (this) {
                case DOWN -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
                case SERVER_ERROR -> aResponse().withStatus(500).withBody("boom");
                case SLOW -> okJson("{}").withFixedDelay(5_000);
            };
        }
    }
}
