package org.ippc.ecommerce.network.initiative;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InitiativeResourceTest {

    private static Map<String, Object> initiative(String title, List<String> countries) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Agreements with marketplaces to remove listings of prohibited seeds.");
        body.put("countries", countries);
        body.put("leadOrganization", "NVWA");
        body.put("partnerOrganizations", List.of("Marketplace association"));
        body.put("type", "platform-agreement");
        body.put("status", "ongoing");
        body.put("startDate", "2025-03-01");
        body.put("endDate", "2027-12-31");
        body.put("links", List.of("https://example.org/agreement"));
        body.put("contact", "ecommerce@nvwa.example");
        body.put("source", "EPPO workshop 2025");
        return body;
    }

    private static int record(String rppo, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.rppo(rppo))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/initiatives")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .extract()
                .path("id");
    }

    @Test
    void listsLeftOutOfTheRequestAreEmpty() {
        Map<String, Object> body = initiative("Sparse " + UUID.randomUUID(), List.of("NL"));
        body.remove("partnerOrganizations");
        body.remove("links");
        int id = record("EPPO", body);
        given().get("/v1/initiatives/{id}", id)
                .then()
                .body("partnerOrganizations", empty())
                .body("links", empty());
    }

    @Test
    void anRppoRecordsAnInitiativeThatIsPublicWithoutItsContact() {
        String title = "Marketplace agreement " + UUID.randomUUID();
        int id = record("EPPO", initiative(title, List.of("NL", "BE")));

        String publicJson = given().get("/v1/initiatives/{id}", id)
                .then()
                .statusCode(200)
                .body("rppo", equalTo("EPPO"))
                .body("countries", contains("NL", "BE"))
                .extract()
                .asString();
        assertThat(publicJson, not(containsString("contact")));
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .get("/v1/initiatives/{id}", id)
                .then()
                .body("contact", equalTo("ecommerce@nvwa.example"));
        given().queryParam("q", title).get("/v1/initiatives").then().body("items.id", contains(id));
    }

    @Test
    void countriesMustBeMembersOfTheRecordingRppo() {
        String title = "Outside " + UUID.randomUUID();
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .contentType(ContentType.JSON)
                .body(initiative(title, List.of("FR", "BR")))
                .post("/v1/initiatives")
                .then()
                .statusCode(403)
                .body("detail", containsString("[BR]"));
        given().queryParam("q", title).get("/v1/initiatives").then().body("items", empty());
        for (String token : List.of(Tokens.secretariat(), Tokens.nppo("FR"), Tokens.expert(1))) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(initiative(title, List.of("FR")))
                    .post("/v1/initiatives")
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void theRecordingRppoOrTheSecretariatEditWithIfMatch() {
        int id = record("NAPPO", initiative("Courier pilot " + UUID.randomUUID(), List.of("CA", "US")));
        String etag = given().get("/v1/initiatives/{id}", id).then().extract().header("ETag");
        Map<String, Object> changed = initiative("Courier pilot, phase 2", List.of("CA", "US", "MX"));

        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/v1/initiatives/{id}", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.rppo("NAPPO"))
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/v1/initiatives/{id}", id)
                .then()
                .statusCode(428);
        String newEtag = given().auth()
                .oauth2(Tokens.secretariat())
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/v1/initiatives/{id}", id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Courier pilot, phase 2"))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Tokens.rppo("NAPPO"))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(initiative("Lost update", List.of("CA")))
                .put("/v1/initiatives/{id}", id)
                .then()
                .statusCode(412);
        // The initiative as it now is: nothing changes, not the ETag, not the history.
        given().auth()
                .oauth2(Tokens.rppo("NAPPO"))
                .header("If-Match", newEtag)
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/v1/initiatives/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo(newEtag));
        given().get("/v1/initiatives/{id}", id)
                .then()
                .header("ETag", equalTo(newEtag))
                .body("countries", contains("CA", "US", "MX"));
        given().auth()
                .oauth2(Tokens.rppo("NAPPO"))
                .get("/v1/initiatives/{id}/history", id)
                .then()
                .body("action", contains("recorded", "updated"))
                .body("[1].actorRole", equalTo("secretariat"))
                .body("[1].changes.title[1]", equalTo("Courier pilot, phase 2"));
    }

    @Test
    void filtersAndTheCsvExportWithFormulasNeutralized() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> training = initiative("Training " + tag, List.of("KE"));
        training.put("type", "training");
        training.put("status", "completed");
        training.put("startDate", "2023-01-01");
        training.put("endDate", "2023-06-30");
        training.put("leadOrganization", "=HYPERLINK(\"http://evil.example\")");
        int trainingId = record("IAPSC", training);
        int awarenessId = record("IAPSC", initiative("Awareness " + tag, List.of("UG")));

        given().queryParam("q", tag)
                .queryParam("type", "training")
                .get("/v1/initiatives")
                .then()
                .body("items.id", contains(trainingId));
        given().queryParam("q", tag)
                .queryParam("country", "UG")
                .get("/v1/initiatives")
                .then()
                .body("items.id", contains(awarenessId));
        given().queryParam("q", tag)
                .queryParam("year", 2023)
                .get("/v1/initiatives")
                .then()
                .body("items.id", contains(trainingId));
        given().queryParam("q", tag)
                .queryParam("status", "ongoing")
                .get("/v1/initiatives")
                .then()
                .body("items.id", contains(awarenessId));
        given().queryParam("q", tag)
                .queryParam("rppo", "EPPO")
                .get("/v1/initiatives")
                .then()
                .body("items", empty());

        String csv = given().accept("text/csv")
                .queryParam("q", tag)
                .get("/v1/initiatives")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        String[] lines = csv.split("\n");
        assertThat(lines[0], startsWith("id,rppo,title,type,status"));
        assertThat(lines.length, equalTo(3));
        assertThat(csv, containsString("'=HYPERLINK"));
        assertThat(csv, not(containsString("ecommerce@nvwa.example")));
        given().queryParam("year", 1200).get("/v1/initiatives").then().statusCode(400);
    }
}
