package org.ippc.ecommerce.resources.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.resources.testing.NetworkStub;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubmissionResourceTest {

    @AfterEach
    void networkBack() {
        NetworkStub.reset();
    }

    private static ValidatableResponse post(String token, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/resources")
                .then();
    }

    @Test
    void aContributorSubmitsAndItsOrganizationAndTheSecretariatReadIt() {
        String word = Submissions.uniqueWord();
        String location = post(Tokens.contributor("NPPO-KE"), Submissions.resource(word))
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("submitted"))
                .body("contributorOrg", equalTo("NPPO-KE"))
                .body("allowedActions", hasItems("revise", "assign-reviewers"))
                .extract()
                .header("Location");
        assert location.contains("/v1/submissions/");
        given().auth()
                .oauth2(Tokens.contributor("NPPO-KE"))
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("titles.en", equalTo("Buying seeds online " + word))
                .body("provider.type", equalTo("NPPO"))
                .body("contactEmail", startsWith("contact-"))
                .body("publicationYear", equalTo(2024));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get(location)
                .then()
                .statusCode(200)
                .body("contactEmail", notNullValue());
    }

    @Test
    void nobodyElseReadsASubmission() {
        long id = Submissions.submit("NPPO-KE", Submissions.resource(Submissions.uniqueWord()));
        given().auth()
                .oauth2(Tokens.contributor("NPPO-UG"))
                .get("/v1/submissions/{id}", id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.expert(NetworkStub.newExpertId()))
                .get("/v1/submissions/{id}", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.nppo("KE"))
                .get("/v1/submissions/{id}", id)
                .then()
                .statusCode(403);
        given().get("/v1/submissions/{id}", id).then().statusCode(401);
        given().get("/v1/resources/{id}", id).then().statusCode(404);
    }

    @Test
    void aContributorListsOnlyItsOrganizationsSubmissions() {
        String org = "ORG-" + Submissions.uniqueWord();
        long mine = Submissions.submit(org, Submissions.resource(Submissions.uniqueWord()));
        Submissions.submit("NPPO-UG", Submissions.resource(Submissions.uniqueWord()));
        given().auth()
                .oauth2(Tokens.contributor(org))
                .get("/v1/submissions")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) mine)))
                .body("items.contributorOrg", everyItem(equalTo(org)));
        given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("status", "submitted")
                .queryParam("limit", 200)
                .get("/v1/submissions")
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("submitted")));
    }

    @Test
    void onlyContributorsSubmit() {
        for (String token :
                List.of(Tokens.secretariat(), Tokens.nppo("FR"), Tokens.expert(3), Tokens.screener("DHL"))) {
            post(token, Submissions.resource(Submissions.uniqueWord())).statusCode(403);
        }
        given().contentType(ContentType.JSON)
                .body(Submissions.resource(Submissions.uniqueWord()))
                .post("/v1/resources")
                .then()
                .statusCode(401);
    }

    @Test
    void invalidDescriptionsAreRefusedFieldByField() {
        Map<String, Object> body = Submissions.resource(Submissions.uniqueWord());
        body.put("urls", List.of("ftp://files.example/guide.pdf", "javascript:alert(1)"));
        body.put("topics", List.of("astrology"));
        body.put("titles", Map.of("english", "A title"));
        body.put("type", "poster");
        body.put("countries", List.of("XX"));
        body.remove("contactEmail");
        post(Tokens.contributor("NPPO-KE"), body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        hasItems(
                                "urls[0].<list element>",
                                "urls[1].<list element>",
                                "topics[0].<list element>",
                                "type",
                                "countries[0].<list element>",
                                "contactEmail"))
                .body("violations.field", hasItem(containsString("titles")));
    }

    @Test
    void aPublicationYearInTheFutureIsRefused() {
        Map<String, Object> body = Submissions.resource(Submissions.uniqueWord());
        body.put("publicationYear", 2099);
        post(Tokens.contributor("NPPO-KE"), body).statusCode(400).body("detail", containsString("in the future"));
    }

    @Test
    void theSameUrlTwiceFromOneOrganizationIsAConflict() {
        Map<String, Object> body = Submissions.resource(Submissions.uniqueWord());
        long first = Submissions.submit("NPPO-KE", body);
        post(Tokens.contributor("NPPO-KE"), body)
                .statusCode(409)
                .body("detail", containsString("as resource " + first));
        post(Tokens.contributor("NPPO-UG"), body).statusCode(201);
    }

    @Test
    void theGapAResourceFillsIsCheckedWithNetworkService() {
        Map<String, Object> body = Submissions.resource(Submissions.uniqueWord());
        long gap = NetworkStub.knownGap();
        body.put("gapId", gap);
        post(Tokens.contributor("NPPO-KE"), body).statusCode(201).body("gapId", equalTo((int) gap));

        Map<String, Object> unknownGap = Submissions.resource(Submissions.uniqueWord());
        unknownGap.put("gapId", NetworkStub.newExpertId());
        post(Tokens.contributor("NPPO-KE"), unknownGap).statusCode(400).body("detail", containsString("knows no gap"));
    }

    @Test
    void whenNetworkServiceIsDownASubmissionWithAGapAnswers503AndIsNotRecorded() {
        String org = "ORG-" + Submissions.uniqueWord();
        Map<String, Object> body = Submissions.resource(Submissions.uniqueWord());
        long gap = NetworkStub.newExpertId();
        NetworkStub.failGap(gap, NetworkStub.Failure.DOWN);
        body.put("gapId", gap);
        post(Tokens.contributor(org), body)
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("detail", containsString("nothing was changed"));
        given().auth()
                .oauth2(Tokens.contributor(org))
                .get("/v1/submissions")
                .then()
                .body("items", equalTo(List.of()));
    }

    @Test
    void theContributorRevisesWithIfMatchWhileTheResourceIsWithThem() {
        long id = Submissions.submit("NPPO-KE", Submissions.resource(Submissions.uniqueWord()));
        ExtractableResponse<Response> submitted = given().auth()
                .oauth2(Tokens.contributor("NPPO-KE"))
                .get("/v1/submissions/{id}", id)
                .then()
                .extract();
        String etag = submitted.header("ETag");
        Map<String, Object> revised = Submissions.resource(Submissions.uniqueWord());
        revised.put("type", "guide");
        given().auth()
                .oauth2(Tokens.contributor("NPPO-KE"))
                .contentType(ContentType.JSON)
                .body(revised)
                .put("/v1/submissions/{id}", id)
                .then()
                .statusCode(428);
        String newEtag = given().auth()
                .oauth2(Tokens.contributor("NPPO-KE"))
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(revised)
                .put("/v1/submissions/{id}", id)
                .then()
                .statusCode(200)
                .body("type", equalTo("guide"))
                .header("ETag", not(equalTo(etag)))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Tokens.contributor("NPPO-KE"))
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(revised)
                .put("/v1/submissions/{id}", id)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(Tokens.contributor("NPPO-UG"))
                .contentType(ContentType.JSON)
                .header("If-Match", newEtag)
                .body(revised)
                .put("/v1/submissions/{id}", id)
                .then()
                .statusCode(403);
        // The submission as it now is: nothing changes, not the ETag, not the history.
        given().auth()
                .oauth2(Tokens.contributor("NPPO-KE"))
                .contentType(ContentType.JSON)
                .header("If-Match", newEtag)
                .body(revised)
                .put("/v1/submissions/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo(newEtag));
        given().auth()
                .oauth2(Tokens.contributor("NPPO-KE"))
                .get("/v1/submissions/{id}/history", id)
                .then()
                .statusCode(200)
                .body("action", equalTo(List.of("submitted", "revised")))
                .body("[0].changes.submittedAt[1]", equalTo(submitted.path("submittedAt")))
                .body("[1].changes.type", equalTo(List.of("factsheet-infographic", "guide")))
                .body("[1].actorRole", equalTo("contributor"));
    }

    private static ValidatableResponse put(String token, long id, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/v1/submissions/{id}", id).then();
    }

    private static String etagOf(long id) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/submissions/{id}", id)
                .then()
                .extract()
                .header("ETag");
    }

    @Test
    void theSecretariatCorrectsAPublishedResourceAndThePublicSeesItAtOnce() {
        String word = Submissions.uniqueWord();
        Map<String, Object> body = Submissions.resource(word);
        long id = Submissions.published(body);
        String catalogueEtag =
                given().get("/v1/resources/{id}", id).then().extract().header("ETag");
        Map<String, Object> corrected = new HashMap<>(body);
        String movedTo = "https://www.kephis.invalid/library/" + word + ".pdf";
        corrected.put("urls", List.of(movedTo));
        corrected.put("titles", Map.of("en", "Buying seeds online " + word, "fr", "Acheter des semences " + word));

        put(Tokens.contributor(Submissions.ORG), id, etagOf(id), corrected)
                .statusCode(409)
                .body("allowedActions", hasItems("correct", "withdraw"));
        put(Tokens.secretariat(), id, null, corrected).statusCode(428);
        put(Tokens.secretariat(), id, etagOf(id), corrected)
                .statusCode(200)
                .body("status", equalTo("published"))
                .body("urls", equalTo(List.of(movedTo)));

        given().header("If-None-Match", catalogueEtag)
                .get("/v1/resources/{id}", id)
                .then()
                .statusCode(200)
                .body("urls", equalTo(List.of(movedTo)));
        given().queryParam("q", "semences " + word).get("/v1/resources").then().body("items.id", equalTo(List.of((int)
                id)));
        given().auth()
                .oauth2(Tokens.contributor(Submissions.ORG))
                .get("/v1/submissions/{id}/history", id)
                .then()
                .body("action[-1]", equalTo("corrected"))
                .body("actorRole[-1]", equalTo("secretariat"))
                .body("[-1].changes.urls[1]", equalTo(List.of(movedTo)));
    }

    @Test
    void aCorrectionKeepsTheContributorsConsentAndWaitsForTheReviewToEnd() {
        Map<String, Object> body = Submissions.resource(Submissions.uniqueWord());
        long submitted = Submissions.submit(Submissions.ORG, body);
        put(Tokens.secretariat(), submitted, etagOf(submitted), body)
                .statusCode(409)
                .body("state", equalTo("submitted"));

        long accepted = Submissions.accepted(Submissions.resource(Submissions.uniqueWord()));
        Map<String, Object> withoutConsent = Submissions.resource(Submissions.uniqueWord());
        withoutConsent.put("consentToPublish", false);
        String etag = etagOf(accepted);
        put(Tokens.secretariat(), accepted, etag, withoutConsent)
                .statusCode(400)
                .body("detail", containsString("consentToPublish"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/submissions/{id}", accepted)
                .then()
                .header("ETag", equalTo(etag))
                .body("consentToPublish", equalTo(true));
    }

    @Test
    void theSameIdempotencyKeyAnswersTheFirstSubmissionAgain() {
        Map<String, Object> body = Submissions.resource(Submissions.uniqueWord());
        String key = Submissions.uniqueWord();
        int first = given().auth()
                .oauth2(Tokens.contributor("NPPO-KE"))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/v1/resources")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.contributor("NPPO-KE"))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/v1/resources")
                .then()
                .statusCode(201)
                .body("id", equalTo(first));
        body.put("type", "guide");
        given().auth()
                .oauth2(Tokens.contributor("NPPO-KE"))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/v1/resources")
                .then()
                .statusCode(422);
    }

    @Test
    void aReviewerSeesAnAssignedSubmissionWithoutItsContact() {
        long id = Submissions.submit("NPPO-KE", Submissions.resource(Submissions.uniqueWord()));
        long expert = NetworkStub.eligibleExpert();
        Submissions.assign(id, expert);
        given().auth()
                .oauth2(Tokens.expert(expert))
                .get("/v1/submissions/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("under-review"))
                .body("contactEmail", nullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("contactEmail")));
        given().auth()
                .oauth2(Tokens.expert(expert))
                .get("/v1/submissions")
                .then()
                .body("items.id", equalTo(List.of((int) id)));
    }
}
