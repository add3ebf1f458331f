package org.ippc.ecommerce.registry.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the limiter off (a gateway limits instead), no call is counted or refused, whatever the limits say. */
@QuarkusTest
@TestProfile(RateLimitsOffTest.OffWithOneVerificationAnHour.class)
class RateLimitsOffTest {
    public static class OffWithOneVerificationAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "ippc.rate-limits.enabled", "false",
                    "ippc.rate-limits.verification.requests", "1",
                    "ippc.rate-limits.verification.per", "PT1H");
        }
    }

    @Test
    void callsOverTheLimitAreServedAndNotCounted() {
        for (int call = 0; call < 3; call++) {
            given().get("/v1/verification?registrationNumber=FR-0000000")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Policy", nullValue())
                    .header("RateLimit", nullValue());
        }
    }
}
