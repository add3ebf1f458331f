package org.ippc.ecommerce.registry.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.util.Map;

/**
 * network-service's public RPPO API as a WireMock stub on a free port. EPPO has members (FR, DE), an associate
 * member (TR) and an unconfirmed one (KZ); NAPPO cannot be read (500); COSAVE answers once (AR, BR), then fails.
 */
@WithTestResource(value = NetworkStub.class, scope = TestResourceScope.GLOBAL)
public class NetworkStub implements QuarkusTestResourceLifecycleManager {
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/v1/rppos/EPPO"))
                .willReturn(okJson(rppo(
                        "EPPO",
                        member("FR", "member") + "," + member("DE", "member") + "," + member("TR", "associate") + ","
                                + member("KZ", "unconfirmed")))));
        server.stubFor(get(urlPathEqualTo("/v1/rppos/NAPPO")).willReturn(serverError()));
        server.stubFor(get(urlPathEqualTo("/v1/rppos/COSAVE"))
                .inScenario("network-service goes away")
                .whenScenarioStateIs(STARTED)
                .willReturn(okJson(rppo("COSAVE", member("AR", "member") + "," + member("BR", "member"))))
                .willSetStateTo("away"));
        server.stubFor(get(urlPathEqualTo("/v1/rppos/COSAVE"))
                .inScenario("network-service goes away")
                .whenScenarioStateIs("away")
                .willReturn(serverError()));
        return Map.of("quarkus.rest-client.network.url", server.baseUrl());
    }

    @Override
    public void stop() {
        server.stop();
    }

    /** How many times the RPPO's members were asked for. */
    public static int readsOf(String acronym) {
        return server.countRequestsMatching(
                        getRequestedFor(urlPathEqualTo("/v1/rppos/" + acronym)).build())
                .getCount();
    }

    private static String rppo(String acronym, String members) {
        return """
                {"acronym": "%s", "name": "%s", "seat": "", "website": "https://%s.example", "members": [%s]}""".formatted(acronym, acronym, acronym.toLowerCase(), members);
    }

    private static String member(String country, String membership) {
        return """
                {"countryCode": "%s", "name": "%s", "membership": "%s"}""".formatted(country, country, membership);
    }
}
