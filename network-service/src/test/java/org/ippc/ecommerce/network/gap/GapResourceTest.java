package org.ippc.ecommerce.network.gap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.network.testing.Candidates;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GapResourceTest {

    static Map<String, Object> gap(String topic) {
        return Map.of(
                "topic",
                topic,
                "topics",
                List.of("postal-courier"),
                "description",
                "No guidance in Arabic for couriers handling seed parcels.",
                "commodityClass",
                "seeds",
                "languages",
                List.of("ar"),
                "regions",
                List.of("NEPPO"),
                "priority",
                "high");
    }

    static int activeExpert() {
        return Candidates.expert("NEPPO", Candidates.candidate(Candidates.uniqueEmail(), "EG"));
    }

    static int propose(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/gaps")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void expertsRpposAndTheSecretariatProposeGapsThatArePublic() {
        String topic = "Courier guidance " + UUID.randomUUID();
        int byExpert = propose(Tokens.expert(activeExpert()), gap(topic));
        propose(Tokens.rppo("NEPPO"), gap(topic + " B"));
        propose(Tokens.secretariat(), gap(topic + " C"));

        String json = given().get("/v1/gaps/{id}", byExpert)
                .then()
                .statusCode(200)
                .body("status", equalTo("open"))
                .body("proposerRole", equalTo("expert"))
                .extract()
                .asString();
        assertThat(json, not(containsString("expert-test@ippc.invalid")));
        given().queryParam("language", "ar")
                .queryParam("region", "NEPPO")
                .queryParam("commodityClass", "seeds")
                .queryParam("limit", 200)
                .get("/v1/gaps")
                .then()
                .body("items.id", hasItem(byExpert));

        for (String token : List.of(Tokens.nppo("EG"), Tokens.contributor("x"), Tokens.screener("y"))) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(gap(topic))
                    .post("/v1/gaps")
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void anExpertProposesOnlyWhileActiveInTheNetwork() {
        int withdrawn = activeExpert();
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Left the NPPO."))
                .post("/v1/experts/{id}/withdrawal", withdrawn)
                .then()
                .statusCode(200);
        String topic = "Proposed by a former expert " + UUID.randomUUID();
        for (int expertId : List.of(withdrawn, 987654321)) {
            given().auth()
                    .oauth2(Tokens.expert(expertId))
                    .contentType(ContentType.JSON)
                    .body(gap(topic))
                    .post("/v1/gaps")
                    .then()
                    .statusCode(403)
                    .body("detail", containsString("not an active member of the network"));
        }
        given().queryParam("limit", 200).get("/v1/gaps").then().body("items.topic", not(hasItem(topic)));
    }

    @Test
    void onlyTheSecretariatSetsTheStatusAndItIsKept() {
        int id = propose(Tokens.expert(activeExpert()), gap("Soil in handicrafts " + UUID.randomUUID()));
        Map<String, String> inProgress = Map.of("status", "in-progress", "reason", "A guide is being written.");
        given().auth()
                .oauth2(Tokens.rppo("NEPPO"))
                .contentType(ContentType.JSON)
                .body(inProgress)
                .post("/v1/gaps/{id}/status", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(inProgress)
                .post("/v1/gaps/{id}/status", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("in-progress"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(inProgress)
                .post("/v1/gaps/{id}/status", id)
                .then()
                .statusCode(409);
        given().queryParam("status", "in-progress")
                .queryParam("limit", 200)
                .get("/v1/gaps")
                .then()
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/gaps/{id}/history", id)
                .then()
                .body("action", contains("proposed", "status-changed"))
                .body("[1].reason", equalTo("A guide is being written."));
    }

    @Test
    void invalidGapsAreProblems() {
        given().auth()
                .oauth2(Tokens.rppo("NEPPO"))
                .contentType(ContentType.JSON)
                .body(Map.of("topic", "", "languages", List.of("arabic"), "regions", List.of(), "priority", "urgent"))
                .post("/v1/gaps")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        org.hamcrest.Matchers.hasItems("topic", "description", "regions", "priority"));
        Map<String, Object> unknownRegion = new java.util.HashMap<>(gap("Unknown region"));
        unknownRegion.put("regions", List.of("ATLANTIS"));
        given().auth()
                .oauth2(Tokens.rppo("NEPPO"))
                .contentType(ContentType.JSON)
                .body(unknownRegion)
                .post("/v1/gaps")
                .then()
                .statusCode(400)
                .body("detail", containsString("ATLANTIS"));
    }
}
