package org.ippc.ecommerce.network.rppo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Each test owns one RPPO's contact: the contact is one per RPPO and outlives a test. */
@QuarkusTest
class RppoContactTest {

    private static ValidatableResponse put(String token, String acronym, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/v1/rppos/{acronym}/contact", acronym).then();
    }

    @Test
    void theSecretariatSetsAContactAndTheRppoKeepsItCurrentWithIfMatch() {
        String etag = put(Tokens.secretariat(), "CAN", null, Map.of("email", "red@can.example", "language", "es"))
                .statusCode(201)
                .body("rppo", equalTo("CAN"))
                .body("email", equalTo("red@can.example"))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Tokens.rppo("CAN"))
                .get("/v1/rppos/CAN/contact")
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body("language", equalTo("es"));

        Map<String, Object> change = Map.of("email", "fitosanidad@can.example", "language", "es");
        put(Tokens.rppo("CAN"), "CAN", null, change).statusCode(428);
        put(Tokens.rppo("CAN"), "CAN", "\"41\"", change).statusCode(412);
        put(Tokens.rppo("CAN"), "CAN", etag, change).statusCode(200).body("email", equalTo("fitosanidad@can.example"));

        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/rppos/CAN/contact/history")
                .then()
                .statusCode(200)
                .body("action", contains("set", "changed"))
                .body("actorRole", contains("secretariat", "rppo"));
    }

    @Test
    void anotherRppoNeitherReadsNorSetsItAndBadInputChangesNothing() {
        put(Tokens.secretariat(), "COSAVE", null, Map.of("email", "cosave@cosave.example", "language", "es"))
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.rppo("NAPPO"))
                .get("/v1/rppos/COSAVE/contact")
                .then()
                .statusCode(403);
        put(Tokens.rppo("NAPPO"), "COSAVE", "\"0\"", Map.of("email", "x@nappo.example", "language", "en"))
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.nppo("BR"))
                .get("/v1/rppos/COSAVE/contact")
                .then()
                .statusCode(403);
        given().get("/v1/rppos/COSAVE/contact").then().statusCode(401);

        put(Tokens.secretariat(), "COSAVE", "\"0\"", Map.of("email", "not an address", "language", "pt"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("email", "language"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/rppos/COSAVE/contact")
                .then()
                .statusCode(200)
                .body("email", equalTo("cosave@cosave.example"));

        put(Tokens.secretariat(), "XPPO", null, Map.of("email", "x@x.example", "language", "en"))
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/rppos/PPPO/contact")
                .then()
                .statusCode(404)
                .body("detail", containsString("no contact"));
        put(Tokens.secretariat(), "PPPO", "\"0\"", Map.of("email", "pppo@spc.example", "language", "en"))
                .statusCode(412);
    }
}
