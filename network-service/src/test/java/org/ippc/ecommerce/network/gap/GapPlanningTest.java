package org.ippc.ecommerce.network.gap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Gaps in the catalogue's vocabularies, experts assigned to them, and their closure by a published resource. */
@QuarkusTest
class GapPlanningTest {

    private static ValidatableResponse post(String token, String path, int id, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/gaps/{id}/" + path, id)
                .then();
    }

    @Test
    void aGlobalGapIsFoundFromEveryRegionAndByItsTopicCode() {
        Map<String, Object> global = new HashMap<>(GapResourceTest.gap("Everywhere " + UUID.randomUUID()));
        global.put("regions", List.of("EPPO", "global"));
        global.put("topics", List.of("legislation", "customs"));
        int id = GapResourceTest.propose(Tokens.secretariat(), global);
        given().get("/v1/gaps/{id}", id)
                .then()
                .body("regions", contains("global"))
                .body("topics", contains("legislation", "customs"));
        for (String region : List.of("NAPPO", "PPPO")) {
            given().queryParam("region", region)
                    .queryParam("limit", 200)
                    .get("/v1/gaps")
                    .then()
                    .body("items.id", hasItem(id));
        }
        given().queryParam("topic", "customs")
                .queryParam("limit", 200)
                .get("/v1/gaps")
                .then()
                .body("items.id", hasItem(id));
        given().queryParam("topic", "diagnostics")
                .queryParam("limit", 200)
                .get("/v1/gaps")
                .then()
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void aTopicOutsideTheVocabularyIsRefused() {
        Map<String, Object> unknown = new HashMap<>(GapResourceTest.gap("Unknown topic"));
        unknown.put("topics", List.of("astrology"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(unknown)
                .post("/v1/gaps")
                .then()
                .statusCode(400)
                .body("detail", containsString("astrology"));
    }

    @Test
    void anAssignedExpertPutsTheGapInProgressAndTheResourceThatFillsItClosesIt() {
        int id = GapResourceTest.propose(Tokens.rppo("NEPPO"), GapResourceTest.gap("Planned " + UUID.randomUUID()));
        int expert = GapResourceTest.activeExpert();
        String target = LocalDate.now().plusMonths(6).toString();

        post(Tokens.expert(expert), "assignments", id, Map.of("expertId", expert, "targetDate", target))
                .statusCode(403);
        post(Tokens.rppo("NEPPO"), "assignments", id, Map.of("expertId", expert, "targetDate", "2000-01-01"))
                .statusCode(400);
        post(Tokens.rppo("NEPPO"), "assignments", id, Map.of("expertId", 987_654_321, "targetDate", target))
                .statusCode(409);
        given().get("/v1/gaps/{id}", id).then().body("status", equalTo("open"));

        post(Tokens.rppo("NEPPO"), "assignments", id, Map.of("expertId", expert, "targetDate", target))
                .statusCode(200)
                .body("status", equalTo("in-progress"))
                .body("assignments.expertId", contains(expert))
                .body("assignments[0].targetDate", equalTo(target));

        post(Tokens.secretariat(), "status", id, Map.of("status", "closed")).statusCode(409);
        post(Tokens.rppo("NEPPO"), "closure", id, Map.of("resourceId", 42)).statusCode(403);
        post(Tokens.secretariat(), "closure", id, Map.of("resourceId", 42, "reason", "The guide is published."))
                .statusCode(200)
                .body("status", equalTo("closed"))
                .body("filledByResourceId", equalTo(42));
        post(Tokens.secretariat(), "closure", id, Map.of("resourceId", 43)).statusCode(409);
        post(Tokens.secretariat(), "assignments", id, Map.of("expertId", expert, "targetDate", target))
                .statusCode(409);

        post(Tokens.secretariat(), "status", id, Map.of("status", "open", "reason", "The guide was withdrawn."))
                .statusCode(200)
                .body("filledByResourceId", nullValue());
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/gaps/{id}/history", id)
                .then()
                .body("action", contains("proposed", "expert-assigned", "closed", "status-changed"))
                .body("[2].reason", equalTo("The guide is published."));
    }
}
