package org.ippc.ecommerce.network.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ippc.ecommerce.network.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every protected endpoint against every role: without a token 401, with a role it does not serve
 * 403, with a role it serves anything but 401 or 403 (the body is empty and the record does not
 * exist, so a 400 or 404: no scope rule of another test's data applies).
 */
@QuarkusTest
class RoleMatrixTest {
    private static final Map<String, String> TOKENS = Map.of(
            "nppo", Tokens.nppo("FR"),
            "rppo", Tokens.rppo("EPPO"),
            "secretariat", Tokens.secretariat(),
            "contributor", Tokens.contributor("acme"),
            "expert", Tokens.expert(1),
            "screener", Tokens.screener("dhl"));

    record Endpoint(String method, String path, Set<String> roles) {}

    private static final List<Endpoint> PROTECTED = List.of(
            new Endpoint("POST", "/v1/organizations", Set.of("secretariat", "rppo")),
            new Endpoint("PUT", "/v1/organizations/987654321", Set.of("secretariat", "rppo")),
            new Endpoint("GET", "/v1/organizations/987654321/history", Set.of("secretariat", "rppo")),
            new Endpoint("POST", "/v1/nominations", Set.of("rppo")),
            new Endpoint("GET", "/v1/nominations", Set.of("secretariat", "rppo")),
            new Endpoint("GET", "/v1/nominations/987654321", Set.of("secretariat", "rppo")),
            new Endpoint("PUT", "/v1/nominations/987654321", Set.of("rppo")),
            new Endpoint("GET", "/v1/nominations/987654321/history", Set.of("secretariat", "rppo")),
            new Endpoint("POST", "/v1/nominations/987654321/acceptance", Set.of("secretariat")),
            new Endpoint("POST", "/v1/nominations/987654321/decline", Set.of("secretariat")),
            new Endpoint("PUT", "/v1/experts/987654321", Set.of("secretariat", "rppo", "expert")),
            new Endpoint("PUT", "/v1/experts/987654321/consent", Set.of("secretariat", "rppo", "expert")),
            new Endpoint("POST", "/v1/experts/987654321/withdrawal", Set.of("secretariat", "rppo", "expert")),
            new Endpoint("POST", "/v1/experts/987654321/erasure", Set.of("secretariat", "expert")),
            new Endpoint("GET", "/v1/experts/987654321/history", Set.of("secretariat", "rppo", "expert")),
            new Endpoint("POST", "/v1/initiatives", Set.of("rppo")),
            new Endpoint("PUT", "/v1/initiatives/987654321", Set.of("secretariat", "rppo")),
            new Endpoint("GET", "/v1/initiatives/987654321/history", Set.of("secretariat", "rppo")),
            new Endpoint("POST", "/v1/gaps", Set.of("secretariat", "rppo", "expert")),
            new Endpoint("POST", "/v1/gaps/987654321/status", Set.of("secretariat")),
            new Endpoint("GET", "/v1/gaps/987654321/history", Set.of("secretariat")));

    private static final List<String> PUBLIC = List.of(
            "/v1/rppos",
            "/v1/rppos/EPPO",
            "/v1/countries/FR/rppos",
            "/v1/organizations",
            "/v1/expertise-areas",
            "/v1/experts",
            "/v1/initiatives",
            "/v1/gaps");

    private static RequestSpecification request(Endpoint endpoint) {
        RequestSpecification request = given();
        return endpoint.method().equals("GET")
                ? request
                : request.contentType(ContentType.JSON).body("{}");
    }

    @Test
    void withoutATokenEveryProtectedEndpointIsUnauthorized() {
        for (Endpoint endpoint : PROTECTED) {
            request(endpoint)
                    .request(endpoint.method(), endpoint.path())
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void everyRoleGetsWhatItMayAndNothingElse() {
        for (Endpoint endpoint : PROTECTED) {
            TOKENS.forEach((role, token) -> {
                var answer = request(endpoint)
                        .auth()
                        .oauth2(token)
                        .request(endpoint.method(), endpoint.path())
                        .then();
                if (endpoint.roles().contains(role)) {
                    answer.statusCode(not(oneOf(401, 403)));
                } else {
                    answer.statusCode(403).body("status", equalTo(403));
                }
            });
        }
    }

    @Test
    void publicReadsNeedNoToken() {
        for (String path : PUBLIC) {
            given().get(path).then().statusCode(200);
        }
    }
}
