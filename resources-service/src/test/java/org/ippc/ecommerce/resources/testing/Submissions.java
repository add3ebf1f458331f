package org.ippc.ecommerce.resources.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;

/** Resource descriptions and the workflow steps that tests share. */
public final class Submissions {
    public static final String ORG = "NPPO-KE";

    private Submissions() {}

    /** A word no other test uses, to find a test's own resources in the shared catalogue. */
    public static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A complete, valid description whose English title holds {@code word}, at a URL of its own. */
    public static Map<String, Object> resource(String word) {
        Map<String, Object> body = new HashMap<>();
        body.put("titles", new HashMap<>(Map.of("en", "Buying seeds online " + word, "fr", "Acheter des semences")));
        body.put(
                "summaries",
                new HashMap<>(Map.of("en", "A factsheet for buyers of seeds on marketplaces.", "fr", "Une fiche.")));
        body.put("type", "factsheet-infographic");
        body.put("languages", new ArrayList<>(List.of("en", "fr")));
        body.put("topics", new ArrayList<>(List.of("awareness")));
        body.put("commodityClasses", new ArrayList<>(List.of("seeds")));
        body.put("regions", new ArrayList<>(List.of("IAPSC")));
        body.put("countries", new ArrayList<>(List.of("KE")));
        body.put("provider", new HashMap<>(Map.of("name", "KEPHIS", "type", "NPPO")));
        body.put("author", "Plant Health Inspectorate");
        String own = uniqueWord();
        body.put("contactEmail", "contact-" + own + "@kephis.invalid");
        body.put("publicationYear", 2024);
        body.put("urls", new ArrayList<>(List.of("https://www.kephis.invalid/resources/" + own)));
        body.put("consentToPublish", true);
        return body;
    }

    public static long submit(String org, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.contributor(org))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/resources")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    public static void assign(long id, long expertId) {
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("expertIds", List.of(expertId)))
                .post("/v1/submissions/{id}/reviewers", id)
                .then()
                .statusCode(200);
    }

    public static void recommend(long id, long expertId, String recommendation) {
        given().auth()
                .oauth2(Tokens.expert(expertId))
                .contentType(ContentType.JSON)
                .body(Map.of("recommendation", recommendation, "comment", "Reviewed in full."))
                .post("/v1/submissions/{id}/recommendations", id)
                .then()
                .statusCode(200);
    }

    public static void decide(long id, String decision, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("decision", decision));
        body.put("reason", reason);
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/submissions/{id}/decision", id)
                .then()
                .statusCode(200);
    }

    /** Submitted, reviewed by a fresh eligible expert who recommends acceptance, and accepted. */
    public static long accepted(Map<String, Object> body) {
        long id = submit(ORG, body);
        long expert = NetworkStub.eligibleExpert();
        assign(id, expert);
        recommend(id, expert, "accept");
        decide(id, "accepted", null);
        return id;
    }

    /** The whole path from submission to the public catalogue. */
    public static long published(Map<String, Object> body) {
        long id = accepted(body);
        given().auth()
                .oauth2(Tokens.secretariat())
                .post("/v1/submissions/{id}/publication", id)
                .then()
                .statusCode(200);
        return id;
    }

    public static String status(long id) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/submissions/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("status");
    }
}
