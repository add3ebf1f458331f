package org.ippc.ecommerce.network.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A token whose scope claim is missing, malformed or names nothing real reads and writes nothing. */
@QuarkusTest
class ScopeClaimsTest {

    @Test
    void anRppoThatIsNotOneOfTheTenPostsNoGap() {
        String topic = "Unknown RPPO " + UUID.randomUUID();
        for (Object rppo : new Object[] {"XYZ", "*", "", "eppo", List.of("EPPO")}) {
            given().auth()
                    .oauth2(Tokens.withScope("rppo", Map.of("rppo", rppo)))
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "topic",
                            topic,
                            "topics",
                            List.of("postal-courier"),
                            "description",
                            "x",
                            "commodityClass",
                            "seeds",
                            "languages",
                            List.of("ar"),
                            "regions",
                            List.of("NEPPO"),
                            "priority",
                            "high"))
                    .post("/v1/gaps")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString("'rppo' claim"));
        }
        given().queryParam("limit", 200)
                .get("/v1/gaps")
                .then()
                .statusCode(200)
                .body("items.findAll { it.topic == '" + topic + "' }.size()", equalTo(0));
    }

    @Test
    void anExpertIdMustBeAPositiveNumberAndAnNppoACountry() {
        for (Object id : new Object[] {"*", "", "-1", "1.5", List.of(1)}) {
            given().auth()
                    .oauth2(Tokens.withScope("expert", Map.of("expert_id", id)))
                    .get("/v1/experts")
                    .then()
                    .statusCode(403)
                    .body("detail", containsString("'expert_id' claim"));
        }
        given().auth()
                .oauth2(Tokens.withScope("nppo", Map.of("country", "ZZ")))
                .get("/v1/rppos")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.withScope("expert", Map.of("expert_id", "12")))
                .get("/v1/rppos")
                .then()
                .statusCode(200);
    }
}
