package org.ippc.ecommerce.network.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.network.testing.Candidates;
import org.ippc.ecommerce.platform.MailDispatcher;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The candidate and the nominating RPPO hear of the decision on a nomination, and the expert of the end of their
 * term, once each. The
 * network's tests run without the scheduler, so each test turns the term check and the dispatcher itself.
 */
@QuarkusTest
class NominationNoticesTest {
    @Inject
    MockMailbox mailbox;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    TermEndingNotices termEnding;

    private static Map<String, Object> frenchSpeaking(String email) {
        Map<String, Object> candidate = new HashMap<>(Candidates.candidate(email, "KE"));
        candidate.put("languages", List.of("sw", "fr"));
        return candidate;
    }

    /** IAPSC reads French: its contact is set once for both tests, read first if another test set it already. */
    private static final String IAPSC_CONTACT = "designations@au-iapsc.example";

    private static void iapscContactSet() {
        var current = given().auth().oauth2(Tokens.secretariat()).get("/v1/rppos/IAPSC/contact");
        var request = given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("email", IAPSC_CONTACT, "language", "fr"));
        if (current.statusCode() == 200) {
            request.header("If-Match", current.header("ETag"));
        }
        request.put("/v1/rppos/IAPSC/contact").then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    /** The mail the nominating RPPO received about this nomination. */
    private Mail toRppoAbout(int nomination) {
        return mailbox.getMailsSentTo(IAPSC_CONTACT).stream()
                .filter(mail -> mail.getText().contains("n° " + nomination + ")"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAcceptedCandidateIsWelcomedInTheirLanguageAndToldOfTheTermsEnd() throws Exception {
        iapscContactSet();
        String email = Candidates.uniqueEmail();
        int nomination = Candidates.nominate("IAPSC", frenchSpeaking(email));
        LocalDate termEnd = LocalDate.now().plusDays(30);
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("termStart", LocalDate.now().minusDays(300).toString(), "termEnd", termEnd.toString()))
                .post("/v1/nominations/{id}/acceptance", nomination)
                .then()
                .statusCode(200);

        termEnding.announce();
        dispatcher.dispatch();
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertEquals(2, mails.size(), mails.toString());
        String welcomeSubject = subjectOf("nomination-accepted_fr.txt");
        Mail welcome = mails.stream()
                .filter(mail -> mail.getSubject().equals(welcomeSubject))
                .findFirst()
                .orElseThrow();
        assertThat(welcome.getText(), containsString("IAPSC"));
        assertThat(welcome.getText(), containsString(termEnd.toString()));
        assertEquals(
                1,
                mails.stream()
                        .filter(mail -> mail.getSubject().contains(termEnd.toString()))
                        .count(),
                "the term's end, 30 days ahead");

        Mail toRppo = toRppoAbout(nomination);
        assertEquals(
                subjectOf("rppo-nomination-accepted_fr.txt").replace("{name}", "Amina Njoroge"), toRppo.getSubject());
        assertThat(toRppo.getText(), containsString(termEnd.toString()));

        termEnding.announce();
        dispatcher.dispatch();
        assertEquals(2, mailbox.getMailsSentTo(email).size(), "once each");
    }

    @Test
    void aDeclinedCandidateAndTheirRppoReadWhy() throws Exception {
        iapscContactSet();
        String email = Candidates.uniqueEmail();
        int nomination = Candidates.nominate("IAPSC", Candidates.candidate(email, "KE"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "No statement of commitment from the employer."))
                .post("/v1/nominations/{id}/decline", nomination)
                .then()
                .statusCode(200);
        dispatcher.dispatch();
        Mail declined = mailbox.getMailsSentTo(email).getFirst();
        assertEquals(subjectOf("nomination-declined_en.txt"), declined.getSubject());
        assertThat(declined.getText(), containsString("No statement of commitment from the employer."));
        Mail toRppo = toRppoAbout(nomination);
        assertEquals(
                subjectOf("rppo-nomination-declined_fr.txt").replace("{name}", "Amina Njoroge"), toRppo.getSubject());
        assertThat(toRppo.getText(), containsString("No statement of commitment from the employer."));
    }

    private static String subjectOf(String template) throws IOException {
        return Files.readAllLines(Path.of("src/main/resources/templates/mail", template))
                .getFirst()
                .strip();
    }
}
