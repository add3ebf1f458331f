package org.ippc.ecommerce.registry.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import java.util.Map;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A client over its limit is refused with a 429 problem that says when to come back; other clients are served. */
@QuarkusTest
@TestProfile(RateLimitTest.ThreeVerificationsAnHour.class)
class RateLimitTest {
    public static class ThreeVerificationsAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "ippc.rate-limits.verification.requests", "3",
                    "ippc.rate-limits.verification.per", "PT1H");
        }
    }

    private static final String VERIFICATION = "/v1/verification?registrationNumber=FR-0000000";

    @Test
    void aClientOverItsLimitIsRefusedWhileAnotherIsServed() {
        for (int call = 3; call > 0; call--) {
            given().get(VERIFICATION)
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"verification\";q=3;w=3600"))
                    .header("RateLimit", matchesPattern("\"verification\";r=" + (call - 1) + ";t=[0-9]+"));
        }
        ExtractableResponse<?> refused = given().get(VERIFICATION)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("RateLimit-Policy", equalTo("\"verification\";q=3;w=3600"))
                .extract();
        assertEquals("\"verification\";r=0;t=" + refused.header("Retry-After"), refused.header("RateLimit"));

        given().auth().oauth2(Tokens.nppo("FR")).get(VERIFICATION).then().statusCode(200);
        given().auth().oauth2(Tokens.screener("dhl")).get(VERIFICATION).then().statusCode(200);
    }

    @Test
    void readsOfTradersAreCountedPerClient() {
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .get("/v1/traders?limit=1")
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", equalTo("\"trader-reads\";q=1000000;w=60"))
                .header("RateLimit", org.hamcrest.Matchers.startsWith("\"trader-reads\";r="));
    }

    @Test
    void operationsWithoutALimitAreNotCounted() {
        for (int call = 0; call < 5; call++) {
            given().get("/v1/commodity-classes")
                    .then()
                    .statusCode(200)
                    .header("RateLimit", org.hamcrest.Matchers.nullValue());
        }
    }
}
