package org.ippc.ecommerce.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.system.RunningSystem.Service;

/** The steps of the expert and resource workflows, as an RPPO, the Secretariat, a contributor and an expert take them. */
final class Workflow {
    private final String network;
    private final String resources;

    Workflow(RunningSystem system) {
        this.network = system.url(Service.NETWORK);
        this.resources = system.url(Service.RESOURCES);
    }

    static String uniqueWord() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** IAPSC nominates a Kenyan inspector; the Secretariat accepts for a term that runs today. */
    long acceptedExpert(String email) {
        int nomination = given().auth()
                .oauth2(Tokens.rppo("IAPSC"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Amina Njoroge",
                        "email",
                        email,
                        "organizationName",
                        "KEPHIS",
                        "organizationType",
                        "NPPO",
                        "countryCode",
                        "KE",
                        "languages",
                        List.of("en", "sw"),
                        "expertise",
                        List.of("inspection", "postal-courier"),
                        "summary",
                        "Inspects postal parcels of seeds.",
                        "statementOfCommitment",
                        Map.of("signedByCandidate", true, "signedByEmployer", true),
                        "consent",
                        Map.of("givenAt", "2026-01-01T10:00:00Z", "publicListing", true, "contact", true)))
                .post(network + "/v1/nominations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        LocalDate today = LocalDate.now();
        return given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "termStart",
                        today.minusDays(1).toString(),
                        "termEnd",
                        today.plusYears(2).toString()))
                .post(network + "/v1/nominations/{id}/acceptance", nomination)
                .then()
                .statusCode(200)
                .body("status", equalTo("accepted"))
                .extract()
                .<Number>path("expertId")
                .longValue();
    }

    /** KEPHIS submits a factsheet on seeds bought online, titled with the words, at an address of its own. */
    long submittedResource(String words) {
        return given().auth()
                .oauth2(Tokens.contributor("NPPO-KE"))
                .contentType(ContentType.JSON)
                .body(Map.ofEntries(
                        Map.entry("titles", Map.of("en", "Buying seeds online " + words)),
                        Map.entry("summaries", Map.of("en", "The risks of seeds bought on marketplaces.")),
                        Map.entry("type", "factsheet-infographic"),
                        Map.entry("languages", List.of("en")),
                        Map.entry("topics", List.of("awareness")),
                        Map.entry("commodityClasses", List.of("seeds")),
                        Map.entry("regions", List.of("IAPSC")),
                        Map.entry("countries", List.of("KE")),
                        Map.entry("provider", Map.of("name", "KEPHIS", "type", "NPPO")),
                        Map.entry("contactEmail", "resources@kephis.example"),
                        Map.entry("publicationYear", 2025),
                        Map.entry("urls", List.of("https://www.kephis.example/factsheets/" + uniqueWord() + ".pdf")),
                        Map.entry("consentToPublish", true)))
                .post(resources + "/v1/resources")
                .then()
                .statusCode(201)
                .extract()
                .<Number>path("id")
                .longValue();
    }

    ValidatableResponse assign(long submission, long expert) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("expertIds", List.of(expert), "comment", "Please review."))
                .post(resources + "/v1/submissions/{id}/reviewers", submission)
                .then();
    }

    void recommendAcceptance(long submission, long expert) {
        given().auth()
                .oauth2(Tokens.expert(expert))
                .contentType(ContentType.JSON)
                .body(Map.of("recommendation", "accept", "comment", "Clear and accurate."))
                .post(resources + "/v1/submissions/{id}/recommendations", submission)
                .then()
                .statusCode(200);
    }

    void acceptAndPublish(long submission) {
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "accepted"))
                .post(resources + "/v1/submissions/{id}/decision", submission)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.secretariat())
                .post(resources + "/v1/submissions/{id}/publication", submission)
                .then()
                .statusCode(200)
                .body("status", equalTo("published"));
    }

    ValidatableResponse submission(long submission) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .get(resources + "/v1/submissions/{id}", submission)
                .then()
                .statusCode(200);
    }
}
