package org.ippc.ecommerce.network.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.network.testing.Candidates;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NominationResourceTest {

    @Test
    void rppoNominatesTheSecretariatAcceptsAndTheRppoSeesTheDecision() {
        String email = Candidates.uniqueEmail();
        int nomination = Candidates.nominate("IAPSC", Candidates.candidate(email, "KE"));
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .get("/v1/nominations/{id}", nomination)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("rppo", equalTo("IAPSC"))
                .body("status", equalTo("nominated"))
                .body("nominatedBy", equalTo("rppo-test@ippc.invalid"));

        int expert = Candidates.accept(nomination);

        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .get("/v1/nominations/{id}", nomination)
                .then()
                .body("status", equalTo("accepted"))
                .body("expertId", equalTo(expert))
                .body("decidedBy", equalTo("secretariat-test@ippc.invalid"))
                .body("termEnd", notNullValue());
        given().get("/v1/experts/{id}", expert)
                .then()
                .statusCode(200)
                .body("rppos", contains("IAPSC"))
                .body("countryCode", equalTo("KE"));
    }

    @Test
    void theNominatingRppoComesFromTheTokenNeverFromTheBody() {
        Map<String, Object> candidate = Candidates.candidate(Candidates.uniqueEmail(), "KE");
        candidate.put("rppo", "NAPPO");
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .contentType(ContentType.JSON)
                .body(candidate)
                .post("/v1/nominations")
                .then()
                .statusCode(400)
                .body("detail", equalTo("Unknown field 'rppo'."));
    }

    @Test
    void anRppoNominatesOnlyForItsMemberCountriesUnlessInternationalOrIndustry() {
        String email = Candidates.uniqueEmail();
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .contentType(ContentType.JSON)
                .body(Candidates.candidate(email, "KE"))
                .post("/v1/nominations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("KE is not a member"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("limit", 200)
                .get("/v1/nominations")
                .then()
                .body("items.email", not(hasItem(email)));

        for (String type : List.of("international-organization", "industry")) {
            Map<String, Object> candidate = Candidates.candidate(Candidates.uniqueEmail(), "BR");
            candidate.put("organizationType", type);
            Candidates.nominate("EPPO", candidate);
        }
    }

    @Test
    void incompleteNominationsListEveryMissingRequirement() {
        Map<String, Object> candidate = Candidates.candidate(Candidates.uniqueEmail(), "KE");
        candidate.put("languages", List.of());
        candidate.put("expertise", List.of());
        candidate.remove("summary");
        candidate.remove("consent");
        candidate.put("statementOfCommitment", Map.of("signedByCandidate", true, "signedByEmployer", false));
        candidate.put("email", "not-an-email");
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .contentType(ContentType.JSON)
                .body(candidate)
                .post("/v1/nominations")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        hasItems(
                                "languages",
                                "expertise",
                                "summary",
                                "consent",
                                "statementOfCommitment.signedByEmployer",
                                "email"));

        Map<String, Object> unknownArea = Candidates.candidate(Candidates.uniqueEmail(), "KE");
        unknownArea.put("expertise", List.of("inspection", "astrology"));
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .contentType(ContentType.JSON)
                .body(unknownArea)
                .post("/v1/nominations")
                .then()
                .statusCode(400)
                .body("detail", containsString("[astrology]"));
    }

    @Test
    void aPendingNominationOfTheSamePersonIsAConflict() {
        String email = Candidates.uniqueEmail();
        int first = Candidates.nominate("IAPSC", Candidates.candidate(email, "KE"));
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .contentType(ContentType.JSON)
                .body(Candidates.candidate(email.toUpperCase(), "KE"))
                .post("/v1/nominations")
                .then()
                .statusCode(409)
                .body("detail", containsString("nomination " + first));
    }

    @Test
    void theSamePersonNominatedByTwoRpposIsOneExpert() {
        String email = Candidates.uniqueEmail();
        int byEppo = Candidates.expert("EPPO", Candidates.candidate(email, "MA"));
        int byNeppo = Candidates.expert("NEPPO", Candidates.candidate(email.toUpperCase(), "MA"));
        org.hamcrest.MatcherAssert.assertThat(byNeppo, equalTo(byEppo));
        given().get("/v1/experts/{id}", byEppo).then().body("rppos", containsInAnyOrder("EPPO", "NEPPO"));
    }

    @Test
    void aShorterTermFromAnotherRppoDoesNotCutAnExpertsTermShort() {
        String email = Candidates.uniqueEmail();
        int expert = Candidates.expert("EPPO", Candidates.candidate(email, "MA"));
        String twoYearsOn = LocalDate.now().plusYears(2).toString();
        int byNeppo = Candidates.nominate("NEPPO", Candidates.candidate(email, "MA"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "termStart",
                        LocalDate.now().toString(),
                        "termEnd",
                        LocalDate.now().plusMonths(6).toString()))
                .post("/v1/nominations/{id}/acceptance", byNeppo)
                .then()
                .statusCode(200)
                .body("termEnd", equalTo(LocalDate.now().plusMonths(6).toString()));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/experts/{id}", expert)
                .then()
                .body("termStart", equalTo(LocalDate.now().minusDays(1).toString()))
                .body("termEnd", equalTo(twoYearsOn));
    }

    @Test
    void aDeclinedNominationKeepsItsReasonAndAllowsNoFurtherDecision() {
        int nomination = Candidates.nominate("IAPSC", Candidates.candidate(Candidates.uniqueEmail(), "UG"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The statement of commitment is not signed by the employer."))
                .post("/v1/nominations/{id}/decline", nomination)
                .then()
                .statusCode(200)
                .body("status", equalTo("declined"));
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .get("/v1/nominations/{id}", nomination)
                .then()
                .body("declineReason", equalTo("The statement of commitment is not signed by the employer."));
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("termStart", "2026-01-01", "termEnd", "2099-01-01"))
                .post("/v1/nominations/{id}/acceptance", nomination)
                .then()
                .statusCode(409)
                .body("state", equalTo("declined"))
                .body("allowedActions", org.hamcrest.Matchers.empty());
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/nominations/{id}/history", nomination)
                .then()
                .statusCode(200)
                .body("action", contains("nominated", "declined"))
                .body("actorRole", contains("rppo", "secretariat"))
                .body("[1].reason", containsString("not signed"))
                .body("[1].changes.status", contains("nominated", "declined"));
    }

    @Test
    void termMustEndAfterItStartsAndAfterToday() {
        int nomination = Candidates.nominate("IAPSC", Candidates.candidate(Candidates.uniqueEmail(), "UG"));
        for (Map<String, Object> term : List.<Map<String, Object>>of(
                Map.of("termStart", "2030-01-01", "termEnd", "2029-01-01"),
                Map.of("termStart", "2020-01-01", "termEnd", "2021-01-01"))) {
            given().auth()
                    .oauth2(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(term)
                    .post("/v1/nominations/{id}/acceptance", nomination)
                    .then()
                    .statusCode(400);
        }
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .get("/v1/nominations/{id}", nomination)
                .then()
                .body("status", equalTo("nominated"));
    }

    @Test
    void whoMaySeeAndDecideNominations() {
        int nomination = Candidates.nominate("IAPSC", Candidates.candidate(Candidates.uniqueEmail(), "UG"));
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .get("/v1/nominations/{id}", nomination)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .queryParam("limit", 200)
                .get("/v1/nominations")
                .then()
                .statusCode(200)
                .body("items.rppo", not(hasItem("IAPSC")));
        for (String token : List.of(Tokens.nppo("UG"), Tokens.expert(1), Tokens.contributor("x"))) {
            given().auth()
                    .oauth2(token)
                    .get("/v1/nominations/{id}", nomination)
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Candidates.candidate(Candidates.uniqueEmail(), "UG"))
                    .post("/v1/nominations")
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .contentType(ContentType.JSON)
                .body(Map.of("termStart", "2026-01-01", "termEnd", "2099-01-01"))
                .post("/v1/nominations/{id}/acceptance", nomination)
                .then()
                .statusCode(403);
        given().get("/v1/nominations/{id}", nomination).then().statusCode(401);
    }

    private static ValidatableResponse revise(String token, int id, String ifMatch, Map<String, Object> candidate) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(candidate);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/v1/nominations/{id}", id).then();
    }

    @Test
    void theNominatingRppoRevisesItsNominationUntilTheSecretariatDecides() {
        Map<String, Object> candidate = Candidates.candidate(Candidates.uniqueEmail(), "KE");
        int id = Candidates.nominate("IAPSC", candidate);
        Map<String, Object> corrected = new HashMap<>(candidate);
        corrected.put("name", "Amina W. Njoroge");
        String newEmail = Candidates.uniqueEmail();
        corrected.put("email", newEmail);

        revise(Tokens.rppo("IAPSC"), id, null, corrected).statusCode(428);
        revise(Tokens.rppo("EPPO"), id, "\"0\"", corrected).statusCode(403);
        revise(Tokens.secretariat(), id, "\"0\"", corrected).statusCode(403);
        Map<String, Object> outsideTheRegion = new HashMap<>(corrected);
        outsideTheRegion.put("countryCode", "FR");
        revise(Tokens.rppo("IAPSC"), id, "\"0\"", outsideTheRegion).statusCode(403);
        String etag = revise(Tokens.rppo("IAPSC"), id, "\"0\"", corrected)
                .statusCode(200)
                .body("name", equalTo("Amina W. Njoroge"))
                .body("status", equalTo("nominated"))
                .header("ETag", not(equalTo("\"0\"")))
                .extract()
                .header("ETag");
        revise(Tokens.rppo("IAPSC"), id, "\"0\"", corrected).statusCode(412);
        revise(Tokens.rppo("IAPSC"), id, etag, corrected).statusCode(200).header("ETag", equalTo(etag));

        int expert = Candidates.accept(id);
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/experts/{id}", expert)
                .then()
                .body("name", equalTo("Amina W. Njoroge"))
                .body("email", equalTo(newEmail));
        String decided = given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .get("/v1/nominations/{id}", id)
                .then()
                .extract()
                .header("ETag");
        revise(Tokens.rppo("IAPSC"), id, decided, candidate).statusCode(409).body("detail", containsString("accepted"));
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .get("/v1/nominations/{id}/history", id)
                .then()
                .body("action", contains("nominated", "revised", "accepted"))
                .body("[1].changes.name", contains("Amina Njoroge", "Amina W. Njoroge"));
    }

    @Test
    void aDecisionAnswersWithTheNominationsNewEtag() {
        int accepted = Candidates.nominate("IAPSC", Candidates.candidate(Candidates.uniqueEmail(), "KE"));
        String afterAcceptance = given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "termStart", LocalDate.now().toString(),
                        "termEnd", LocalDate.now().plusYears(2).toString()))
                .post("/v1/nominations/{id}/acceptance", accepted)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo("\"0\"")))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .get("/v1/nominations/{id}", accepted)
                .then()
                .header("ETag", equalTo(afterAcceptance));

        int declined = Candidates.nominate("IAPSC", Candidates.candidate(Candidates.uniqueEmail(), "KE"));
        String afterDecline = given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Another expert of the same NPPO already serves."))
                .post("/v1/nominations/{id}/decline", declined)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .get("/v1/nominations/{id}", declined)
                .then()
                .header("ETag", equalTo(afterDecline));
    }

    @Test
    void aRevisionToTheEmailOfAnotherPendingNominationIsAConflict() {
        String taken = Candidates.uniqueEmail();
        int first = Candidates.nominate("EPPO", Candidates.candidate(taken, "DE"));
        int second = Candidates.nominate("EPPO", Candidates.candidate(Candidates.uniqueEmail(), "DE"));
        revise(Tokens.rppo("EPPO"), second, "\"0\"", Candidates.candidate(taken, "DE"))
                .statusCode(409)
                .body("detail", containsString("nomination " + first));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> candidate = Candidates.candidate(Candidates.uniqueEmail(), "TZ");
        int first = given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(candidate)
                .post("/v1/nominations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(candidate)
                .post("/v1/nominations")
                .then()
                .statusCode(201)
                .header("Location", containsString("/v1/nominations/" + first))
                .body("id", equalTo(first));

        candidate.put("summary", "Another summary");
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(candidate)
                .post("/v1/nominations")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }
}
