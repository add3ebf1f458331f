package org.ippc.ecommerce.network.expert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.network.testing.Candidates;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The Secretariat adds an expert itself, beside the RPPOs' nominations, and keeps who proposed them. */
@QuarkusTest
class DirectAppointmentTest {

    private static Map<String, Object> appointment(String email) {
        Map<String, Object> profile = new HashMap<>(Candidates.candidate(email, "CH"));
        profile.keySet().removeAll(List.of("justification", "statementOfCommitment", "consent"));
        profile.put("organizationName", "International Seed Federation");
        profile.put("organizationType", "industry");
        Map<String, Object> body = new HashMap<>();
        body.put("profile", profile);
        body.put("proposedBy", "International Seed Federation");
        body.put("justification", "Runs the seed industry's e-commerce code of conduct.");
        body.put("statementOfCommitmentSigned", true);
        body.put("consent", Map.of("publicListing", true, "contact", true));
        body.put("termStart", LocalDate.now().toString());
        body.put("termEnd", LocalDate.now().plusYears(2).toString());
        return body;
    }

    @Test
    void anAppointedExpertIsActiveListedAndItsHistoryNamesWhoProposedThem() {
        String email = Candidates.uniqueEmail();
        int id = given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(appointment(email))
                .post("/v1/experts")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("active"))
                .body("proposedBy", equalTo("International Seed Federation"))
                .body("rppos", empty())
                .extract()
                .path("id");
        given().get("/v1/experts?q=Seed Federation&limit=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().get("/v1/experts/{id}", id).then().statusCode(200).body("$", not(hasKey("proposedBy")));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/experts/{id}/history", id)
                .then()
                .statusCode(200)
                .body("[0].action", equalTo("appointed"))
                .body("[0].reason", startsWith("Appointed by the Secretariat on the proposal of International Seed"));
        given().get("/v1/experts/{id}/eligibility?role=reviewer", id).then().body("eligible", equalTo(true));
    }

    @Test
    void onlyTheSecretariatAppointsAndBadInputChangesNothing() {
        String email = Candidates.uniqueEmail();
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .contentType(ContentType.JSON)
                .body(appointment(email))
                .post("/v1/experts")
                .then()
                .statusCode(403);
        Map<String, Object> noProposer = appointment(email);
        noProposer.put("proposedBy", " ");
        Map<String, Object> unsigned = appointment(email);
        unsigned.put("statementOfCommitmentSigned", false);
        Map<String, Object> pastTerm = appointment(email);
        pastTerm.put("termEnd", LocalDate.now().minusDays(1).toString());
        for (Map<String, Object> bad : List.of(noProposer, unsigned, pastTerm)) {
            given().auth()
                    .oauth2(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(bad)
                    .post("/v1/experts")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        // Nothing was written: the same person is appointed once, then is a conflict.
        for (int status : new int[] {201, 409}) {
            given().auth()
                    .oauth2(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(appointment(email))
                    .post("/v1/experts")
                    .then()
                    .statusCode(status);
        }
    }
}
