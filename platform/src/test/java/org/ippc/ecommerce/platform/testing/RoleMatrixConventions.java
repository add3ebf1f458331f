package org.ippc.ecommerce.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every protected endpoint against every role: without a token 401, with a role it does not serve
 * 403, with a role it serves anything but 401 or 403 (the body is empty and the record does not
 * exist, so a 400 or 404: no scope rule of another test's data applies).
 */
public abstract class RoleMatrixConventions {
    private static final Map<String, String> TOKENS = Map.of(
            "nppo", Tokens.nppo("FR"),
            "rppo", Tokens.rppo("EPPO"),
            "secretariat", Tokens.secretariat(),
            "contributor", Tokens.contributor("acme"),
            "expert", Tokens.expert(1),
            "screener", Tokens.screener("dhl"));

    /** An endpoint, the roles it serves, and the media type of the (meaningless) body it is sent. */
    public record Endpoint(String method, String path, Set<String> roles, String contentType) {
        public Endpoint(String method, String path, Set<String> roles) {
            this(method, path, roles, ContentType.JSON.toString());
        }
    }

    /** Every endpoint of the service that needs a token, with the roles it serves. */
    protected abstract List<Endpoint> protectedEndpoints();

    /** Paths that anyone may read without a token. */
    protected abstract List<String> publicReads();

    private static RequestSpecification request(Endpoint endpoint) {
        RequestSpecification request = given();
        return endpoint.method().equals("GET")
                ? request
                : request.contentType(endpoint.contentType()).body("{}");
    }

    @Test
    void withoutATokenEveryProtectedEndpointIsUnauthorized() {
        for (Endpoint endpoint : protectedEndpoints()) {
            request(endpoint)
                    .request(endpoint.method(), endpoint.path())
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void everyRoleGetsWhatItMayAndNothingElse() {
        for (Endpoint endpoint : protectedEndpoints()) {
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
        for (String path : publicReads()) {
            given().get(path).then().statusCode(200);
        }
    }
}
