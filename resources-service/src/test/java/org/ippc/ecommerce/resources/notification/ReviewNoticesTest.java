package org.ippc.ecommerce.resources.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.resources.testing.NetworkStub;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The mails of the review, through the outbox and the dispatcher, into Quarkus's mock mailbox. */
@QuarkusTest
class ReviewNoticesTest {
    private static final Pattern OPT_OUT = Pattern.compile("(http\\S+/v1/mail-opt-outs\\?address=\\S+&token=\\S+)");

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void networkBack() {
        NetworkStub.reset();
    }

    private static Map<String, Object> contributedBy(String address, String language) {
        Map<String, Object> body = Submissions.resource(Submissions.uniqueWord());
        body.put("contactEmail", address);
        body.put("contactLanguage", language);
        return body;
    }

    @Test
    void theContributorHearsOfTheDecisionAndThePublicationOnceInTheirLanguage() throws InterruptedException {
        String address = "contributor-" + Submissions.uniqueWord() + "@kephis.invalid";
        long id = Submissions.published(contributedBy(address, "fr"));

        List<Mail> mails = mailsTo(address, 2);
        assertEquals(2, mails.size());
        assertThat(mails.get(0).getSubject(), containsString("acceptée"));
        assertThat(mails.get(0).getText(), containsString("Acheter des semences"));
        assertThat(mails.get(1).getSubject(), containsString("publiée"));
        assertThat(mails.get(1).getText(), containsString("ippc-lang=fr"));
        assertTrue(mails.get(0).getHeaders().containsKey("List-Unsubscribe"));

        Thread.sleep(2_500); // two more turns of the dispatcher: nothing is sent again
        assertEquals(2, mailbox.getMailsSentTo(address).size(), "each event is mailed once, resource " + id);
        assertTrue(
                mailbox.getMailsSentTo("ecommerce-secretariat@ippc.invalid").stream()
                        .anyMatch(mail -> mail.getText().contains("resource " + id)),
                "the Secretariat hears of the recommendation");
    }

    @Test
    void aRefusedDecisionMailsNothingAndAnAddressThatOptedOutGetsNoMore() throws InterruptedException {
        String address = "opting-out-" + Submissions.uniqueWord() + "@kephis.invalid";
        Map<String, Object> resource = contributedBy(address, "en");
        long id = Submissions.submit(Submissions.ORG, resource);
        long expert = NetworkStub.eligibleExpert();
        Submissions.assign(id, expert);
        Submissions.recommend(id, expert, "revise");
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "rejected"))
                .post("/v1/submissions/{id}/decision", id)
                .then()
                .statusCode(400);
        Submissions.decide(id, "revision-requested", "Add the Arabic summary.");
        Mail revision = mailsTo(address, 1).getFirst();
        assertThat(revision.getSubject(), containsString("revision"));
        assertThat(revision.getText(), containsString("Add the Arabic summary."));

        Matcher link = OPT_OUT.matcher(revision.getText());
        assertTrue(link.find(), revision.getText());
        // The link names the service's public address (PUBLIC_URL); the test calls the same path here.
        String optOut = link.group(1).replaceFirst("^https?://[^/]+", "");
        // The link is encoded already.
        given().urlEncodingEnabled(false)
                .post(optOut.replaceFirst("token=[^&\\s]+", "token=forged"))
                .then()
                .statusCode(403);
        given().urlEncodingEnabled(false).post(optOut).then().statusCode(204);

        String etag = given().auth()
                .oauth2(Tokens.contributor(Submissions.ORG))
                .get("/v1/submissions/{id}", id)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Tokens.contributor(Submissions.ORG))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(resource)
                .put("/v1/submissions/{id}", id)
                .then()
                .statusCode(200);
        Submissions.recommend(id, expert, "accept");
        Submissions.decide(id, "accepted", null);
        Thread.sleep(2_500);
        assertEquals(1, mailbox.getMailsSentTo(address).size(), "nothing after opting out");
    }

    @Test
    void aReviewerHearsOfTheAssignmentOnceInTheirLanguageFromAnAddressReadWithTheSecretariatsToken()
            throws InterruptedException {
        long id = Submissions.submit(Submissions.ORG, Submissions.resource(Submissions.uniqueWord()));
        long expert = NetworkStub.newExpertId();
        String address = "reviewer-" + expert + "@nppo.invalid";
        NetworkStub.answerEligibility(expert, true, List.of());
        NetworkStub.answerExpert(expert, "Анна Петрова", address, List.of("de", "ru", "en"));
        String token = Tokens.secretariat();
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("expertIds", List.of(expert)))
                .post("/v1/submissions/{id}/reviewers", id)
                .then()
                .statusCode(200);

        Mail mail = mailsTo(address, 1).getFirst();
        assertThat(mail.getText(), containsString("Анна Петрова"));
        assertThat(mail.getText(), containsString("/v1/submissions/" + id));
        assertThat(mail.getSubject(), containsString("рецензи"));
        assertThat(
                NetworkStub.headersReceived("/v1/experts/" + expert, "Authorization"),
                everyItem(equalTo("Bearer " + token)));

        Thread.sleep(2_500); // two more turns of the dispatcher: nothing is sent again
        assertEquals(1, mailbox.getMailsSentTo(address).size(), "the assignment is mailed once");
    }

    /** The mails to an address once at least {@code count} arrived (the dispatcher runs every second in tests). */
    private List<Mail> mailsTo(String address, int count) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (mailbox.getMailsSentTo(address).size() < count && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        return mailbox.getMailsSentTo(address);
    }
}
