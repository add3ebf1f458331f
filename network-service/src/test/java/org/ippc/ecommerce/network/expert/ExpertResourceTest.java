package org.ippc.ecommerce.network.expert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.network.testing.Candidates;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExpertResourceTest {
    private static final List<String> RESTRICTED = List.of(
            "email", "phone", "cvUrl", "declarationOfInterests", "position", "consentAt", "publicListingConsent");

    @Inject
    EntityManager entityManager;

    @Inject
    TermExpiry termExpiry;

    private static void assertNoRestrictedField(String json) {
        for (String field : RESTRICTED) {
            assertThat(json, not(containsString("\"" + field + "\"")));
        }
    }

    @Test
    void thePublicDirectoryShowsListedExpertsWithPublicFieldsOnly() {
        String word = "Seedbank" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> listed = Candidates.candidate(Candidates.uniqueEmail(), "KE");
        listed.put("summary", word + " inspection of parcels.");
        int listedId = Candidates.expert("IAPSC", listed);
        Map<String, Object> unlisted = Candidates.candidate(Candidates.uniqueEmail(), "KE");
        unlisted.put("summary", word + " private.");
        unlisted.put("consent", Map.of("givenAt", "2026-01-01T00:00:00Z", "publicListing", false, "contact", true));
        int unlistedId = Candidates.expert("IAPSC", unlisted);

        String directory = given().queryParam("q", word)
                .get("/v1/experts")
                .then()
                .statusCode(200)
                .body("items.id", contains(listedId))
                .extract()
                .asString();
        assertNoRestrictedField(directory);
        assertNoRestrictedField(
                given().get("/v1/experts/{id}", listedId).then().extract().asString());

        given().get("/v1/experts/{id}", unlistedId).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/experts/{id}", unlistedId)
                .then()
                .statusCode(200)
                .body("email", equalTo(unlisted.get("email")));
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .get("/v1/experts/{id}", listedId)
                .then()
                .body("phone", equalTo("+254 20 000000"));
        assertNoRestrictedField(given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .get("/v1/experts/{id}", listedId)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    @Test
    void theDirectoryFiltersByExpertiseLanguageCountryRppoAndText() {
        String word = "Courier" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> candidate = Candidates.candidate(Candidates.uniqueEmail(), "MA");
        candidate.put("summary", "Works with " + word + " companies.");
        candidate.put("languages", List.of("ar", "fr"));
        candidate.put("expertise", List.of("customs"));
        int id = Candidates.expert("NEPPO", candidate);

        record Filter(String name, String match, String miss) {}
        for (Filter filter : List.of(
                new Filter("expertise", "customs", "diagnostics"),
                new Filter("language", "ar", "ru"),
                new Filter("country", "MA", "TN"),
                new Filter("rppo", "NEPPO", "EPPO"))) {
            given().queryParam("q", word)
                    .queryParam(filter.name(), filter.match())
                    .get("/v1/experts")
                    .then()
                    .body("items.id", contains(id));
            given().queryParam("q", word)
                    .queryParam(filter.name(), filter.miss())
                    .get("/v1/experts")
                    .then()
                    .body("items", empty());
        }
        given().queryParam("q", word.toLowerCase()).get("/v1/experts").then().body("items.id", contains(id));
        given().queryParam("q", "%")
                .queryParam("limit", 1)
                .get("/v1/experts")
                .then()
                .statusCode(200);
        given().queryParam("language", "english").get("/v1/experts").then().statusCode(400);
    }

    @Test
    void withdrawingConsentRemovesTheExpertFromPublicAnswersAtOnce() {
        String word = "Consent" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> candidate = Candidates.candidate(Candidates.uniqueEmail(), "KE");
        candidate.put("summary", word);
        int id = Candidates.expert("IAPSC", candidate);
        String etag = given().get("/v1/experts/{id}", id).then().extract().header("ETag");

        Map<String, Object> withdrawn = Map.of("publicListing", false, "contact", true);
        given().auth()
                .oauth2(Tokens.expert(id))
                .contentType(ContentType.JSON)
                .body(withdrawn)
                .put("/v1/experts/{id}/consent", id)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(Tokens.expert(id))
                .header("If-Match", "\"999\"")
                .contentType(ContentType.JSON)
                .body(withdrawn)
                .put("/v1/experts/{id}/consent", id)
                .then()
                .statusCode(412)
                .body("detail", containsString(etag));
        given().auth()
                .oauth2(Tokens.expert(id + 1))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(withdrawn)
                .put("/v1/experts/{id}/consent", id)
                .then()
                .statusCode(403);
        given().queryParam("q", word).get("/v1/experts").then().body("items.id", contains(id));

        given().auth()
                .oauth2(Tokens.expert(id))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(withdrawn)
                .put("/v1/experts/{id}/consent", id)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)));

        given().queryParam("q", word).get("/v1/experts").then().body("items", empty());
        given().get("/v1/experts/{id}", id).then().statusCode(404);
        given().get("/v1/experts/{id}/eligibility", id).then().body("eligible", equalTo(true));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/experts/{id}/history", id)
                .then()
                .body("action", contains("admitted", "consent-changed"))
                .body("[1].actorRole", equalTo("expert"))
                .body("[1].changes.publicListingConsent", contains(true, false));
    }

    @Test
    void anExpertOutOfTheDirectoryStillReadsThemselfAndGivesConsentAgain() {
        String email = Candidates.uniqueEmail();
        int id = Candidates.expert("IAPSC", Candidates.candidate(email, "KE"));
        String etag = given().get("/v1/experts/{id}", id).then().extract().header("ETag");
        given().auth()
                .oauth2(Tokens.expert(id))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("publicListing", false, "contact", true))
                .put("/v1/experts/{id}/consent", id)
                .then()
                .statusCode(200);
        given().get("/v1/experts/{id}", id).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.expert(id + 1))
                .get("/v1/experts/{id}", id)
                .then()
                .statusCode(404);

        String current = given().auth()
                .oauth2(Tokens.expert(id))
                .get("/v1/experts/{id}", id)
                .then()
                .statusCode(200)
                .body("email", equalTo(email))
                .body("publicListingConsent", equalTo(false))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Tokens.expert(id))
                .header("If-Match", current)
                .contentType(ContentType.JSON)
                .body(Map.of("publicListing", true, "contact", true))
                .put("/v1/experts/{id}/consent", id)
                .then()
                .statusCode(200)
                .body("publicListingConsent", equalTo(true));
        given().get("/v1/experts/{id}", id).then().statusCode(200);
        given().auth()
                .oauth2(Tokens.expert(id))
                .get("/v1/experts/{id}/history", id)
                .then()
                .statusCode(200)
                .body("action", contains("admitted", "consent-changed", "consent-changed"));
        given().auth()
                .oauth2(Tokens.expert(id + 1))
                .get("/v1/experts/{id}/history", id)
                .then()
                .statusCode(403);
    }

    private static Map<String, Object> profileOf(Map<String, Object> candidate) {
        Map<String, Object> profile = new HashMap<>(candidate);
        profile.keySet().removeAll(List.of("justification", "statementOfCommitment", "consent"));
        return profile;
    }

    private static ValidatableResponse changeProfile(
            String token, int id, String ifMatch, Map<String, Object> profile) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(profile);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/v1/experts/{id}", id).then();
    }

    @Test
    void theExpertOrTheirRppoKeepsTheProfileUpToDateAndTheHistoryKeepsWhatItWas() {
        Map<String, Object> candidate = Candidates.candidate(Candidates.uniqueEmail(), "KE");
        int id = Candidates.expert("IAPSC", candidate);
        int other = Candidates.expert("IAPSC", Candidates.candidate(Candidates.uniqueEmail(), "KE"));
        String otherEmail = given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/experts/{id}", other)
                .then()
                .extract()
                .path("email");
        String etag = given().get("/v1/experts/{id}", id).then().extract().header("ETag");
        Map<String, Object> moved = profileOf(candidate);
        String newEmail = Candidates.uniqueEmail();
        moved.put("email", newEmail);
        moved.put("organizationName", "East African Plant Health Centre");
        moved.put("organizationType", "international-organization");
        moved.put("expertise", List.of("inspection", "postal-courier", "diagnostics"));

        changeProfile(Tokens.expert(id), id, null, moved).statusCode(428);
        changeProfile(Tokens.expert(other), id, etag, moved).statusCode(403);
        changeProfile(Tokens.rppo("EPPO"), id, etag, moved).statusCode(403);
        Map<String, Object> unknownArea = new HashMap<>(moved);
        unknownArea.put("expertise", List.of("astrology"));
        changeProfile(Tokens.expert(id), id, etag, unknownArea).statusCode(400);
        Map<String, Object> takenEmail = new HashMap<>(moved);
        takenEmail.put("email", otherEmail.toUpperCase());
        changeProfile(Tokens.expert(id), id, etag, takenEmail)
                .statusCode(409)
                .body("detail", containsString("expert " + other));
        given().get("/v1/experts/{id}", id).then().header("ETag", equalTo(etag));

        String changed = changeProfile(Tokens.expert(id), id, etag, moved)
                .statusCode(200)
                .body("email", equalTo(newEmail))
                .body("organizationName", equalTo("East African Plant Health Centre"))
                .extract()
                .header("ETag");
        given().queryParam("expertise", "diagnostics")
                .queryParam("q", "East African")
                .get("/v1/experts")
                .then()
                .body("items.id", hasItem(id));
        changeProfile(Tokens.rppo("IAPSC"), id, changed, moved).statusCode(200).header("ETag", equalTo(changed));
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .get("/v1/experts/{id}/history", id)
                .then()
                .body("action", contains("admitted", "profile-changed"))
                .body("[1].actorRole", equalTo("expert"))
                .body("[1].changes.organizationType", contains("NPPO", "international-organization"));
    }

    @Test
    void anErasedExpertHasNoProfileToEdit() {
        Map<String, Object> candidate = Candidates.candidate(Candidates.uniqueEmail(), "UG");
        int id = Candidates.expert("IAPSC", candidate);
        given().auth()
                .oauth2(Tokens.expert(id))
                .contentType(ContentType.JSON)
                .accept("application/problem+json") // the only media type the document names for it
                .body(Map.of("reason", "Request under the data protection policy."))
                .post("/v1/experts/{id}/erasure", id)
                .then()
                .statusCode(204);
        String etag = given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/experts/{id}", id)
                .then()
                .extract()
                .header("ETag");
        changeProfile(Tokens.secretariat(), id, etag, profileOf(candidate))
                .statusCode(409)
                .body("detail", containsString("erased"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/experts/{id}", id)
                .then()
                .body("name", equalTo("Erased expert " + id));
    }

    @Test
    void erasureAnonymizesButKeepsThatTheNominationExisted() {
        String email = Candidates.uniqueEmail();
        int nomination = Candidates.nominate("IAPSC", Candidates.candidate(email, "UG"));
        int id = Candidates.accept(nomination);

        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "asked"))
                .post("/v1/experts/{id}/erasure", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.expert(id))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Request under the data protection policy."))
                .post("/v1/experts/{id}/erasure", id)
                .then()
                .statusCode(204);

        given().get("/v1/experts/{id}", id).then().statusCode(404);
        String record = given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/experts/{id}", id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Erased expert " + id))
                .body("status", equalTo("withdrawn"))
                .extract()
                .asString();
        assertThat(record, not(containsString(email)));
        assertThat(record, not(containsString("Njoroge")));
        String kept = given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .get("/v1/nominations/{id}", nomination)
                .then()
                .statusCode(200)
                .body("rppo", equalTo("IAPSC"))
                .body("status", equalTo("accepted"))
                .body("nominatedBy", equalTo("rppo-test@ippc.invalid"))
                .body("email", nullValue())
                .extract()
                .asString();
        assertThat(kept, not(containsString("Njoroge")));
        String history = given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/nominations/{id}/history", nomination)
                .then()
                .body("action", contains("nominated", "accepted"))
                .extract()
                .asString();
        assertThat(history, not(containsString(email)));
        given().get("/v1/experts/{id}/eligibility", id)
                .then()
                .body("eligible", equalTo(false))
                .body("reasons", hasItem("erased"));
    }

    @Test
    void endedTermsBecomeInactiveWithoutAnyoneActing() {
        int id = Candidates.expert("IAPSC", Candidates.candidate(Candidates.uniqueEmail(), "GH"));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update expert set term_end = :yesterday where id = :id")
                .setParameter("yesterday", LocalDate.now().minusDays(1))
                .setParameter("id", id)
                .executeUpdate());
        given().get("/v1/experts/{id}/eligibility", id)
                .then()
                .body("eligible", equalTo(false))
                .body("reasons", contains("term-not-current"));

        assertThat(termExpiry.deactivateEndedTerms(), greaterThanOrEqualTo(1));

        given().get("/v1/experts/{id}", id).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/experts/{id}", id)
                .then()
                .body("status", equalTo("inactive"));
        given().get("/v1/experts/{id}/eligibility", id)
                .then()
                .body("reasons", contains("not-active", "term-not-current"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/experts/{id}/history", id)
                .then()
                .body("action", hasItem("term-ended"))
                .body("actorRole", hasItem("system"));
    }

    @Test
    void eligibilityOfAnActiveConsentingExpertAndBadQuestions() {
        int id = Candidates.expert("IAPSC", Candidates.candidate(Candidates.uniqueEmail(), "SN"));
        given().get("/v1/experts/{id}/eligibility?role=reviewer", id)
                .then()
                .statusCode(200)
                .body("expertId", equalTo(id))
                .body("eligible", equalTo(true))
                .body("reasons", empty());
        given().get("/v1/experts/{id}/eligibility?role=editor", id).then().statusCode(400);
        given().get("/v1/experts/987654321/eligibility").then().statusCode(404);
    }

    @Test
    void withdrawalByTheNominatingRppoAndNotByAnother() {
        int id = Candidates.expert("IAPSC", Candidates.candidate(Candidates.uniqueEmail(), "SN"));
        Map<String, String> reason = Map.of("reason", "Left the NPPO.");
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .contentType(ContentType.JSON)
                .body(reason)
                .post("/v1/experts/{id}/withdrawal", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .contentType(ContentType.JSON)
                .body(reason)
                .post("/v1/experts/{id}/withdrawal", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("withdrawn"));
        given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .contentType(ContentType.JSON)
                .body(reason)
                .post("/v1/experts/{id}/withdrawal", id)
                .then()
                .statusCode(409);
        given().queryParam("rppo", "IAPSC")
                .queryParam("limit", 200)
                .get("/v1/experts")
                .then()
                .body("items.id", everyItem(not(equalTo(id))));
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .get("/v1/experts/{id}/history", id)
                .then()
                .statusCode(403);
    }
}
