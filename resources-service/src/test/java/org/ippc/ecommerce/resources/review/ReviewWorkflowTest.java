package org.ippc.ecommerce.resources.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.resources.testing.NetworkStub;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
class ReviewWorkflowTest {

    @AfterEach
    void networkBack() {
        NetworkStub.reset();
    }

    private static long submitted() {
        return Submissions.submit(Submissions.ORG, Submissions.resource(Submissions.uniqueWord()));
    }

    private static ValidatableResponse assign(long id, List<Long> experts) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("expertIds", experts, "comment", "Please review by June."))
                .post("/v1/submissions/{id}/reviewers", id)
                .then();
    }

    private static ValidatableResponse secretariat(long id, String action, Object body) {
        var request = given().auth().oauth2(Tokens.secretariat());
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/v1/submissions/{id}/" + action, id).then();
    }

    @Test
    void fromSubmissionToPublicationEveryStepIsRecorded() {
        String word = Submissions.uniqueWord();
        long id = Submissions.submit(Submissions.ORG, Submissions.resource(word));
        long reviewer = NetworkStub.eligibleExpert();
        assign(id, List.of(reviewer))
                .statusCode(200)
                .body("status", equalTo("under-review"))
                .body("allowedActions", hasItems("assign-reviewers", "recommend", "decide"));
        Submissions.recommend(id, reviewer, "accept");
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/submissions/{id}/reviews", id)
                .then()
                .statusCode(200)
                .body("expertId", contains((int) reviewer))
                .body("recommendation", contains("accept"))
                .body("comment", contains("Reviewed in full."));
        secretariat(id, "decision", Map.of("decision", "accepted"))
                .statusCode(200)
                .body("status", equalTo("accepted"));
        given().get("/v1/resources/{id}", id).then().statusCode(404);
        secretariat(id, "publication", null)
                .statusCode(200)
                .body("status", equalTo("published"))
                .body("publishedAt", notNullValue());
        given().get("/v1/resources/{id}", id)
                .then()
                .statusCode(200)
                .body("titles.en", equalTo("Buying seeds online " + word))
                .body("disclaimer", containsString("not endorsed by the Commission on Phytosanitary Measures"));
        secretariat(id, "withdrawal", Map.of("reason", "Superseded by a new edition."))
                .statusCode(200)
                .body("status", equalTo("withdrawn"))
                .body("statusReason", equalTo("Superseded by a new edition."));
        given().get("/v1/resources/{id}", id).then().statusCode(404);

        given().auth()
                .oauth2(Tokens.contributor(Submissions.ORG))
                .get("/v1/submissions/{id}/history", id)
                .then()
                .statusCode(200)
                .body(
                        "action",
                        contains("submitted", "reviewers-assigned", "recommended", "decided", "published", "withdrawn"))
                .body(
                        "actorRole",
                        contains("contributor", "secretariat", "expert", "secretariat", "secretariat", "secretariat"))
                .body("[1].reason", equalTo("Please review by June."))
                .body("[1].changes.reviewers", equalTo(List.of(List.of(), List.of((int) reviewer))))
                .body("[2].reason", equalTo("Reviewed in full."))
                .body("[5].reason", equalTo("Superseded by a new edition."))
                .body("at", notNullValue());
    }

    @Test
    void aReviewerWhoIsNotAnActiveConsentingExpertIsRefusedWithNetworkServicesReasons() {
        long id = submitted();
        long inactive = NetworkStub.newExpertId();
        NetworkStub.answerEligibility(inactive, false, List.of("not-active", "no-consent-to-contact"));
        long unknown = NetworkStub.newExpertId();
        long eligible = NetworkStub.eligibleExpert();
        assign(id, List.of(eligible, inactive, unknown))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("ineligibleReviewers.expertId", contains((int) inactive, (int) unknown))
                .body("ineligibleReviewers[0].reasons", contains("not-active", "no-consent-to-contact"))
                .body("ineligibleReviewers[1].reasons", contains("unknown-expert"));
        assertEquals("submitted", Submissions.status(id));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/submissions/{id}/reviews", id)
                .then()
                .body("$", equalTo(List.of()));
    }

    @ParameterizedTest
    @EnumSource(NetworkStub.Failure.class)
    void whenNetworkServiceCannotVouchForAReviewerTheAssignmentAnswers503AndChangesNothing(
            NetworkStub.Failure failure) {
        long id = submitted();
        long expert = NetworkStub.newExpertId();
        NetworkStub.failEligibility(expert, failure);
        assign(id, List.of(expert))
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("detail", containsString("network-service"));
        assertEquals("submitted", Submissions.status(id));

        NetworkStub.reset();
        NetworkStub.answerEligibleExpert(expert);
        assign(id, List.of(expert)).statusCode(200).body("status", equalTo("under-review"));
    }

    @Test
    void whenNetworkServiceCannotTellWhereToWriteToTheReviewerTheAssignmentChangesNothing() {
        long id = submitted();
        long unreachable = NetworkStub.newExpertId();
        NetworkStub.answerEligibility(unreachable, true, List.of());
        NetworkStub.failExpert(unreachable, NetworkStub.Failure.DOWN);
        assign(id, List.of(unreachable)).statusCode(503).header("Retry-After", "30");
        long unknown = NetworkStub.newExpertId();
        NetworkStub.answerEligibility(unknown, true, List.of());
        assign(id, List.of(unknown))
                .statusCode(422)
                .body("ineligibleReviewers.expertId", contains((int) unknown))
                .body("ineligibleReviewers[0].reasons", contains("unknown-expert"));
        assertEquals("submitted", Submissions.status(id));
    }

    @Test
    void failedCallsToNetworkServiceAreRetriedBeforeGivingUp() {
        long id = submitted();
        long expert = NetworkStub.newExpertId();
        NetworkStub.failEligibility(expert, NetworkStub.Failure.SERVER_ERROR);
        assign(id, List.of(expert)).statusCode(503);
        assertEquals(3, NetworkStub.requestsTo("/v1/experts/" + expert + "/eligibility"));
    }

    @Test
    void onlyAssignedReviewersRecommend() {
        long id = submitted();
        long reviewer = NetworkStub.eligibleExpert();
        Submissions.assign(id, reviewer);
        given().auth()
                .oauth2(Tokens.expert(NetworkStub.newExpertId()))
                .contentType(ContentType.JSON)
                .body(Map.of("recommendation", "accept", "comment", "I was not asked."))
                .post("/v1/submissions/{id}/recommendations", id)
                .then()
                .statusCode(403)
                .body("detail", containsString("is not a reviewer"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("recommendation", "accept", "comment", "Secretariat is no reviewer."))
                .post("/v1/submissions/{id}/recommendations", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.expert(reviewer))
                .contentType(ContentType.JSON)
                .body(Map.of("recommendation", "maybe", "comment", "Unsure."))
                .post("/v1/submissions/{id}/recommendations", id)
                .then()
                .statusCode(400);
    }

    @Test
    void aReviewerWithdrawnOrErasedSinceTheAssignmentMayNoLongerRecommendAndTheHistorySaysWhy() {
        long id = submitted();
        long withdrawn = NetworkStub.eligibleExpert();
        long erased = NetworkStub.eligibleExpert();
        long noLongerContactable = NetworkStub.eligibleExpert();
        assign(id, List.of(withdrawn, erased, noLongerContactable)).statusCode(200);
        NetworkStub.answerEligibility(withdrawn, false, List.of("not-active"));
        NetworkStub.answerEligibility(erased, false, List.of("erased", "not-active"));
        NetworkStub.answerEligibility(noLongerContactable, false, List.of("no-consent-to-contact"));

        recommendation(id, withdrawn).statusCode(403).body("detail", containsString("not-active"));
        recommendation(id, erased).statusCode(403).body("detail", containsString("erased"));
        // Consent to be contacted bars new assignments, not the review the expert is doing.
        recommendation(id, noLongerContactable).statusCode(200);

        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/submissions/{id}/reviews", id)
                .then()
                .body("find { it.expertId == %d }.recommendation".formatted(withdrawn), nullValue())
                .body("find { it.expertId == %d }.recommendation".formatted(erased), nullValue());
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/submissions/{id}/history", id)
                .then()
                .body(
                        "findAll { it.action == 'recommendation-refused' }.reason",
                        contains(
                                "Expert %d may no longer review: not-active.".formatted(withdrawn),
                                "Expert %d may no longer review: erased, not-active.".formatted(erased)));
    }

    @Test
    void whenNetworkServiceCannotSayWhetherAReviewerMayStillReviewTheRecommendationAnswers503() {
        long id = submitted();
        long reviewer = NetworkStub.eligibleExpert();
        assign(id, List.of(reviewer)).statusCode(200);
        NetworkStub.failEligibility(reviewer, NetworkStub.Failure.SERVER_ERROR);
        recommendation(id, reviewer).statusCode(503);
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/submissions/{id}/reviews", id)
                .then()
                .body("[0].recommendation", nullValue());
    }

    private static ValidatableResponse recommendation(long id, long expertId) {
        return given().auth()
                .oauth2(Tokens.expert(expertId))
                .contentType(ContentType.JSON)
                .body(Map.of("recommendation", "accept", "comment", "Reviewed in full."))
                .post("/v1/submissions/{id}/recommendations", id)
                .then();
    }

    @Test
    void illegalTransitionsNameTheStateAndTheAllowedActions() {
        long id = submitted();
        secretariat(id, "publication", null)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("state", equalTo("submitted"))
                .body("allowedActions", contains("revise", "consent", "assign-reviewers"));
        secretariat(id, "decision", Map.of("decision", "accepted"))
                .statusCode(409)
                .body("state", equalTo("submitted"));
        secretariat(id, "withdrawal", Map.of("reason", "Never published.")).statusCode(409);
        long reviewer = NetworkStub.eligibleExpert();
        Submissions.assign(id, reviewer);
        secretariat(id, "decision", Map.of("decision", "accepted"))
                .statusCode(409)
                .body("detail", containsString("has recommended yet"));
        Submissions.recommend(id, reviewer, "reject");
        secretariat(id, "decision", Map.of("decision", "rejected"))
                .statusCode(400)
                .body("detail", containsString("reason is required"));
        Submissions.decide(id, "rejected", "Out of scope: not about e-commerce.");
        secretariat(id, "publication", null)
                .statusCode(409)
                .body("state", equalTo("rejected"))
                .body("allowedActions", equalTo(List.of()));
        assign(id, List.of(reviewer)).statusCode(409);
    }

    @Test
    void theContributorReadsWhyTheirResourceWasRejected() {
        long id = submitted();
        long reviewer = NetworkStub.eligibleExpert();
        Submissions.assign(id, reviewer);
        Submissions.recommend(id, reviewer, "reject");
        Submissions.decide(id, "rejected", "It duplicates resource 12.");
        given().auth()
                .oauth2(Tokens.contributor(Submissions.ORG))
                .get("/v1/submissions/{id}", id)
                .then()
                .body("status", equalTo("rejected"))
                .body("statusReason", equalTo("It duplicates resource 12."));
    }

    @Test
    void aRequestedRevisionGoesBackToTheContributorThenToReviewAfresh() {
        Map<String, Object> body = Submissions.resource(Submissions.uniqueWord());
        long id = Submissions.submit(Submissions.ORG, body);
        long reviewer = NetworkStub.eligibleExpert();
        Submissions.assign(id, reviewer);
        Submissions.recommend(id, reviewer, "revise");
        Submissions.decide(id, "revision-requested", "Add the Arabic summary.");
        String etag = given().auth()
                .oauth2(Tokens.contributor(Submissions.ORG))
                .get("/v1/submissions/{id}", id)
                .then()
                .body("status", equalTo("revision-requested"))
                .body("statusReason", equalTo("Add the Arabic summary."))
                .body("allowedActions", contains("revise", "consent"))
                .extract()
                .header("ETag");
        secretariat(id, "decision", Map.of("decision", "accepted")).statusCode(409);

        @SuppressWarnings("unchecked")
        Map<String, String> summaries = (Map<String, String>) body.get("summaries");
        summaries.put("ar", "بذور للبيع عبر الإنترنت");
        given().auth()
                .oauth2(Tokens.contributor(Submissions.ORG))
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .put("/v1/submissions/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("under-review"))
                .body("statusReason", nullValue())
                .body("summaries.ar", equalTo("بذور للبيع عبر الإنترنت"));
        given().auth()
                .oauth2(Tokens.expert(reviewer))
                .get("/v1/submissions/{id}/reviews", id)
                .then()
                .body("expertId", contains((int) reviewer))
                .body("recommendation", contains((Object) null));
        Submissions.recommend(id, reviewer, "accept");
        Submissions.decide(id, "accepted", null);
        assertEquals("accepted", Submissions.status(id));
    }

    @Test
    void withoutConsentAnAcceptedResourceIsNotPublishedUntilTheContributorConsents() {
        Map<String, Object> body = Submissions.resource(Submissions.uniqueWord());
        body.put("consentToPublish", false);
        long id = Submissions.accepted(body);
        secretariat(id, "publication", null)
                .statusCode(409)
                .body("detail", containsString("has not consented"))
                .body("state", equalTo("accepted"));
        given().auth()
                .oauth2(Tokens.contributor("NPPO-UG"))
                .contentType(ContentType.JSON)
                .body(Map.of("consentToPublish", true))
                .post("/v1/submissions/{id}/consent", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.contributor(Submissions.ORG))
                .contentType(ContentType.JSON)
                .body(Map.of("consentToPublish", false))
                .post("/v1/submissions/{id}/consent", id)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Tokens.contributor(Submissions.ORG))
                .contentType(ContentType.JSON)
                .body(Map.of("consentToPublish", true))
                .post("/v1/submissions/{id}/consent", id)
                .then()
                .statusCode(200)
                .body("consentToPublish", equalTo(true));
        secretariat(id, "publication", null).statusCode(200).body("status", equalTo("published"));
    }

    @Test
    void theSecretariatTakesReviewersOffAndWithoutReviewersTheResourceIsSubmittedAgain() {
        long id = submitted();
        long first = NetworkStub.eligibleExpert();
        long second = NetworkStub.eligibleExpert();
        assign(id, List.of(first, second)).statusCode(200);
        Submissions.recommend(id, first, "accept");
        for (String token : List.of(Tokens.expert(first), Tokens.contributor(Submissions.ORG))) {
            given().auth()
                    .oauth2(token)
                    .delete("/v1/submissions/{id}/reviewers/{expert}", id, first)
                    .then()
                    .statusCode(403);
        }

        unassign(id, first).statusCode(200).body("status", equalTo("under-review"));
        unassign(id, first).statusCode(404).contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.expert(first))
                .get("/v1/submissions/{id}", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/submissions/{id}/reviews", id)
                .then()
                .body("expertId", contains((int) second));
        // The recommendation of the reviewer taken off no longer counts towards a decision.
        secretariat(id, "decision", Map.of("decision", "accepted")).statusCode(409);

        unassign(id, second)
                .statusCode(200)
                .body("status", equalTo("submitted"))
                .body("allowedActions", hasItems("assign-reviewers"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/submissions/{id}/history", id)
                .then()
                .body("action[-1]", equalTo("reviewer-unassigned"))
                .body("[-2].changes.reviewers[0]", containsInAnyOrder((int) first, (int) second))
                .body("[-2].changes.reviewers[1]", contains((int) second))
                .body("[-1].changes.status", equalTo(List.of("under-review", "submitted")));
    }

    private static ValidatableResponse unassign(long id, long expertId) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .delete("/v1/submissions/{id}/reviewers/{expert}", id, expertId)
                .then();
    }

    @Test
    void aSecondAssignmentAddsReviewersAndKeepsTheFirst() {
        long id = submitted();
        long first = NetworkStub.eligibleExpert();
        long second = NetworkStub.eligibleExpert();
        Submissions.assign(id, first);
        assign(id, List.of(first, second)).statusCode(200);
        given().auth()
                .oauth2(Tokens.expert(second))
                .get("/v1/submissions/{id}/reviews", id)
                .then()
                .statusCode(200)
                .body("expertId.size()", equalTo(2));
    }
}
