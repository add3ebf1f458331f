package org.ippc.ecommerce.resources.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.Test;

/** A token whose scope claim is missing, malformed or names nothing real reads and writes nothing. */
@QuarkusTest
class ScopeClaimsTest {

    @Test
    void aContributorWithoutTheNameOfItsOrganizationSubmitsNothing() {
        String word = "scope" + UUID.randomUUID().toString().substring(0, 8);
        for (Object org : new Object[] {"*", "", "   ", "--", List.of("NPPO-KE")}) {
            given().auth()
                    .oauth2(Tokens.withScope("contributor", Map.of("org", org)))
                    .contentType(ContentType.JSON)
                    .body(Submissions.resource(word))
                    .post("/v1/resources")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString("'org' claim"));
        }
        given().auth()
                .oauth2(Tokens.withScope("contributor", Map.of()))
                .contentType(ContentType.JSON)
                .body(Submissions.resource(word))
                .post("/v1/resources")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("limit", 200)
                .get("/v1/submissions")
                .then()
                .statusCode(200)
                .body("items.findAll { it.toString().contains('" + word + "') }.size()", equalTo(0));
    }
}
