package org.ippc.ecommerce.network.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;

/** Nomination bodies and the steps from nomination to expert, as an RPPO and the Secretariat take them. */
public final class Candidates {
    private Candidates() {}

    public static String uniqueEmail() {
        return "expert-" + UUID.randomUUID() + "@example.org";
    }

    /** A complete, valid candidate of an NPPO in the given country. */
    public static Map<String, Object> candidate(String email, String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Amina Njoroge");
        body.put("title", "Dr");
        body.put("position", "Head of import inspection");
        body.put("email", email);
        body.put("phone", "+254 20 000000");
        body.put("organizationName", "National plant protection organization");
        body.put("organizationType", "NPPO");
        body.put("countryCode", country);
        body.put("languages", List.of("en", "sw"));
        body.put("expertise", List.of("inspection", "postal-courier"));
        body.put("summary", "Runs the inspection of postal parcels carrying seeds and plants.");
        body.put("cvUrl", "https://example.org/cv.pdf");
        body.put("declarationOfInterests", "None.");
        body.put("justification", "Leads the e-commerce pilot at the airport.");
        body.put(
                "statementOfCommitment",
                Map.of(
                        "signedByCandidate",
                        true,
                        "signedByEmployer",
                        true,
                        "documentUrl",
                        "https://example.org/c.pdf"));
        body.put(
                "consent",
                Map.of("givenAt", Instant.now().minusSeconds(3600).toString(), "publicListing", true, "contact", true));
        return body;
    }

    public static int nominate(String rppo, Map<String, Object> candidate) {
        return given().auth()
                .oauth2(Tokens.rppo(rppo))
                .contentType(ContentType.JSON)
                .body(candidate)
                .post("/v1/nominations")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .extract()
                .path("id");
    }

    /** Accepts the nomination for a current two-year term and answers the expert's id. */
    public static int accept(int nominationId) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "termStart", LocalDate.now().minusDays(1).toString(),
                        "termEnd", LocalDate.now().plusYears(2).toString()))
                .post("/v1/nominations/{id}/acceptance", nominationId)
                .then()
                .statusCode(200)
                .extract()
                .path("expertId");
    }

    /** An active expert nominated by the RPPO, with the candidate given. */
    public static int expert(String rppo, Map<String, Object> candidate) {
        return accept(nominate(rppo, candidate));
    }
}
