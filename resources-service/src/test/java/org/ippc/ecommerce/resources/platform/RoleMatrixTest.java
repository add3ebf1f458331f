package org.ippc.ecommerce.resources.platform;

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
import org.ippc.ecommerce.resources.testing.Tokens;
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
            new Endpoint("POST", "/v1/resources", Set.of("contributor")),
            new Endpoint("GET", "/v1/submissions", Set.of("contributor", "secretariat", "expert")),
            new Endpoint("GET", "/v1/submissions/987654321", Set.of("contributor", "secretariat", "expert")),
            new Endpoint("PUT", "/v1/submissions/987654321", Set.of("contributor", "secretariat")),
            new Endpoint("POST", "/v1/submissions/987654321/consent", Set.of("contributor")),
            new Endpoint("GET", "/v1/submissions/987654321/history", Set.of("contributor", "secretariat")),
            new Endpoint("POST", "/v1/submissions/987654321/reviewers", Set.of("secretariat")),
            new Endpoint("GET", "/v1/submissions/987654321/reviews", Set.of("secretariat", "expert")),
            new Endpoint("POST", "/v1/submissions/987654321/recommendations", Set.of("expert")),
            new Endpoint("POST", "/v1/submissions/987654321/decision", Set.of("secretariat")),
            new Endpoint("POST", "/v1/submissions/987654321/publication", Set.of("secretariat")),
            new Endpoint("POST", "/v1/submissions/987654321/withdrawal", Set.of("secretariat")));

    private static final List<String> PUBLIC =
            List.of("/v1/resources", "/v1/resources/export", "/v1/coverage", "/v1/vocabularies");

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
