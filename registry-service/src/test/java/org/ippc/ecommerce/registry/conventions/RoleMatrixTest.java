package org.ippc.ecommerce.registry.conventions;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.ippc.ecommerce.platform.testing.RoleMatrixConventions;

@QuarkusTest
class RoleMatrixTest extends RoleMatrixConventions {

    @Override
    protected List<Endpoint> protectedEndpoints() {
        return List.of(
                new Endpoint("POST", "/v1/products", Set.of("secretariat")),
                new Endpoint("PUT", "/v1/products/987654321", Set.of("secretariat")),
                new Endpoint("POST", "/v1/products/987654321/status", Set.of("secretariat")),
                new Endpoint("GET", "/v1/products/987654321/history", Set.of("secretariat", "nppo")),
                new Endpoint("POST", "/v1/products/987654321/requirements", Set.of("nppo")),
                new Endpoint("PUT", "/v1/products/987654321/requirements/1", Set.of("nppo")),
                new Endpoint("GET", "/v1/products/987654321/requirements/1/history", Set.of("secretariat", "nppo")),
                new Endpoint("POST", "/v1/countries/FR/requirements/import", Set.of("nppo"), "text/csv"),
                new Endpoint("POST", "/v1/traders", Set.of("nppo")),
                new Endpoint("GET", "/v1/traders", Set.of("secretariat", "nppo", "rppo")),
                new Endpoint("GET", "/v1/traders/987654321", Set.of("secretariat", "nppo", "rppo")),
                new Endpoint("POST", "/v1/traders/import", Set.of("nppo"), "text/csv"),
                new Endpoint("POST", "/v1/trader-imports", Set.of("nppo"), "text/csv"),
                new Endpoint("GET", "/v1/trader-imports/987654321", Set.of("nppo")),
                new Endpoint("GET", "/v1/trader-imports/987654321/lines", Set.of("nppo")),
                new Endpoint("PUT", "/v1/traders/987654321", Set.of("nppo")),
                new Endpoint("POST", "/v1/traders/987654321/status", Set.of("nppo")),
                new Endpoint("GET", "/v1/traders/987654321/history", Set.of("secretariat", "nppo", "rppo")),
                new Endpoint("POST", "/v1/traders/987654321/non-compliance-notices", Set.of("nppo")),
                new Endpoint(
                        "GET", "/v1/traders/987654321/non-compliance-notices", Set.of("secretariat", "nppo", "rppo")),
                new Endpoint(
                        "GET", "/v1/traders/987654321/non-compliance-notices/1", Set.of("secretariat", "nppo", "rppo")),
                new Endpoint("POST", "/v1/traders/987654321/non-compliance-notices/1/withdrawal", Set.of("nppo")),
                new Endpoint("GET", "/v1/non-compliance-notices", Set.of("secretariat", "nppo", "rppo")),
                new Endpoint("POST", "/v1/screenings", Set.of("screener", "nppo", "secretariat")),
                new Endpoint("GET", "/v1/changes", Set.of("screener", "nppo", "secretariat")),
                new Endpoint("POST", "/v1/webhook-subscriptions", Set.of("screener")),
                new Endpoint("GET", "/v1/webhook-subscriptions", Set.of("screener")),
                new Endpoint("GET", "/v1/webhook-subscriptions/987654321", Set.of("screener")),
                new Endpoint("DELETE", "/v1/webhook-subscriptions/987654321", Set.of("screener")),
                new Endpoint("GET", "/v1/webhook-subscriptions/987654321/dead-letters", Set.of("screener")),
                new Endpoint("POST", "/v1/webhook-subscriptions/987654321/dead-letters/1/replay", Set.of("screener")),
                new Endpoint("GET", "/v1/screenings/stats", Set.of("secretariat", "nppo", "screener", "rppo")));
    }

    @Override
    protected List<String> publicReads() {
        return List.of(
                "/v1/commodity-classes",
                "/v1/products",
                "/v1/verification?registrationNumber=FR-0000000",
                "/v1/requirements?destination=AU&text=seeds");
    }
}
