package org.ippc.ecommerce.registry.requirement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequirementResourceTest {

    /** A product named by a word of its own, so that lookups find it and nothing else. */
    private static int product(String word, String hsCode) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Seeds of " + word,
                        "description", "Seeds for sowing.",
                        "commodityClass", "seeds",
                        "hsCodes", List.of(Map.of("code", hsCode, "partial", true)),
                        "taxa", List.of(),
                        "pests", List.of(),
                        "searchTerms", List.of(Map.of("language", "en", "term", word + " seeds"))))
                .post("/v1/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> requirement(String status, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("legalBasis", "Biosecurity Import Conditions, case 123");
        body.put("url", "https://bicon.example/case/123");
        body.put("effectiveFrom", from);
        body.put("effectiveTo", to);
        return body;
    }

    private static ValidatableResponse set(String country, int product, Map<String, Object> requirement) {
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .contentType(ContentType.JSON)
                .body(requirement)
                .post("/v1/products/{id}/requirements", product)
                .then();
    }

    private static String word() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void eachNppoSetsItsOwnCountrysRequirementAndThePublicLooksItUp() {
        String word = word();
        int product = product(word, "1209.91");
        set("AU", product, requirement("prohibited", "2026-01-01", null))
                .statusCode(201)
                .body("countryCode", equalTo("AU"))
                .body("status", equalTo("prohibited"));

        given().queryParam("destination", "AU")
                .queryParam("text", "Buy 50 " + word.toUpperCase() + " SEEDS now")
                .get("/v1/requirements")
                .then()
                .statusCode(200)
                .body("products.productId", contains(product))
                .body("products[0].matchedBy", contains("term:en:" + word + " seeds"))
                .body("products[0].requirement.status", equalTo("prohibited"))
                .body("products[0].requirement.legalBasis", containsString("Biosecurity"));
        given().queryParam("destination", "NZ")
                .queryParam("text", word + " seeds")
                .get("/v1/requirements")
                .then()
                .body("products.productId", contains(product))
                .body("products[0].requirement", nullValue());
        given().queryParam("destination", "AU")
                .queryParam("hsCode", "1209.91.80")
                .get("/v1/requirements")
                .then()
                .body("products.productId", hasItem(product));
        given().get("/v1/products/{id}/requirements", product).then().body("countryCode", contains("AU"));
    }

    @Test
    void onlyNpposSetRequirements() {
        int product = product(word(), "1209");
        for (String token : List.of(Tokens.secretariat(), Tokens.screener("dhl"), Tokens.rppo("APPPC"))) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(requirement("prohibited", "2026-01-01", null))
                    .post("/v1/products/{id}/requirements", product)
                    .then()
                    .statusCode(403);
        }
        given().contentType(ContentType.JSON)
                .body(requirement("prohibited", "2026-01-01", null))
                .post("/v1/products/{id}/requirements", product)
                .then()
                .statusCode(401);
        given().get("/v1/products/{id}/requirements", product).then().body("$", empty());
    }

    @Test
    void aNewRequirementEndsTheOpenOneAndRequirementsAsAtADateFollow() {
        String word = word();
        int product = product(word, "0602");
        int first = set("NZ", product, requirement("permit-required", "2024-01-01", null))
                .statusCode(201)
                .extract()
                .path("id");
        set("NZ", product, requirement("prohibited-pending-pra", "2026-07-01", null))
                .statusCode(201);

        given().get("/v1/products/{id}/requirements/{r}", product, first)
                .then()
                .body("effectiveTo", equalTo("2026-07-01"));
        given().queryParam("destination", "NZ")
                .queryParam("text", word + " seeds")
                .queryParam("date", "2025-05-01")
                .get("/v1/requirements")
                .then()
                .body("products[0].requirement.status", equalTo("permit-required"));
        given().queryParam("destination", "NZ")
                .queryParam("text", word + " seeds")
                .queryParam("date", "2026-07-01")
                .get("/v1/requirements")
                .then()
                .body("products[0].requirement.status", equalTo("prohibited-pending-pra"));
        given().queryParam("country", "NZ")
                .queryParam("date", "2023-12-31")
                .get("/v1/products/{id}/requirements", product)
                .then()
                .body("$", empty());
        given().auth()
                .oauth2(Tokens.nppo("NZ"))
                .get("/v1/products/{id}/requirements/{r}/history", product, first)
                .then()
                .body("action", contains("set", "superseded"));
    }

    @Test
    void aKeySentAgainToAnotherProductIsRefusedNotAnsweredWithTheFirstProductsRequirement() {
        int first = product(word(), "1209");
        int second = product(word(), "1209");
        Map<String, Object> body = requirement("permit-required", "2025-01-01", null);
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth()
                    .oauth2(Tokens.nppo("AU"))
                    .header("Idempotency-Key", key)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/v1/products/{id}/requirements", first)
                    .then()
                    .statusCode(201)
                    .body("productId", equalTo(first));
        }
        given().auth()
                .oauth2(Tokens.nppo("AU"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/products/{id}/requirements", second)
                .then()
                .statusCode(422)
                .body("detail", containsString("another path"));
        given().queryParam("country", "AU")
                .get("/v1/products/{id}/requirements", second)
                .then()
                .body("", empty());
    }

    @Test
    void overlapsAndBackwardPeriodsAreRefused() {
        int product = product(word(), "0601");
        set("JP", product, requirement("conditions-apply", "2025-01-01", "2026-01-01"))
                .statusCode(201);
        set("JP", product, requirement("prohibited", "2025-06-01", null))
                .statusCode(409)
                .body("detail", containsString("2025-01-01 to 2026-01-01"));
        set("JP", product, requirement("prohibited", "2026-01-01", "2025-01-01"))
                .statusCode(400);
        set("JP", product, requirement("sort-of", "2027-01-01", null)).statusCode(400);
        given().queryParam("country", "JP")
                .get("/v1/products/{id}/requirements", product)
                .then()
                .body("status", contains("conditions-apply"));
    }

    @Test
    void lookupsNeedADestinationAndSomethingToLookFor() {
        given().queryParam("text", "seeds").get("/v1/requirements").then().statusCode(400);
        given().queryParam("destination", "AU").get("/v1/requirements").then().statusCode(400);
        given().queryParam("destination", "AU")
                .queryParam("hsCode", "12A")
                .get("/v1/requirements")
                .then()
                .statusCode(400);
        given().queryParam("destination", "AU")
                .queryParam("text", "garden gloves")
                .get("/v1/requirements")
                .then()
                .statusCode(200)
                .body("products", empty());
    }

    private static ValidatableResponse correct(
            String token, int product, int id, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/v1/products/{id}/requirements/{r}", product, id).then();
    }

    @Test
    void anNppoCorrectsItsRequirementAgainstTheVersionItReadAndTheHistoryKeepsWhatItWas() {
        String word = word();
        int product = product(word, "1209");
        var created = set("AU", product, requirement("prohibited", "2025-01-01", null))
                .statusCode(201)
                .extract();
        int id = created.path("id");
        String etag = created.header("ETag");
        Map<String, Object> corrected = requirement("permit-required", "2025-01-01", null);
        corrected.put("legalBasis", "Biosecurity Import Conditions, case 124");

        correct(Tokens.nppo("AU"), product, id, null, corrected).statusCode(428);
        correct(Tokens.nppo("AU"), product, id, "\"7\"", corrected).statusCode(412);
        String correctedEtag = correct(Tokens.nppo("AU"), product, id, etag, corrected)
                .statusCode(200)
                .body("status", equalTo("permit-required"))
                .extract()
                .header("ETag");
        given().get("/v1/products/{id}/requirements/{r}", product, id)
                .then()
                .header("ETag", equalTo(correctedEtag))
                .body("legalBasis", endsWith("case 124"));
        given().queryParam("destination", "AU")
                .queryParam("text", word + " seeds")
                .get("/v1/requirements")
                .then()
                .body("products[0].requirement.status", equalTo("permit-required"));

        correct(Tokens.nppo("AU"), product, id, correctedEtag, corrected)
                .statusCode(200)
                .header("ETag", equalTo(correctedEtag));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/products/{id}/requirements/{r}/history", product, id)
                .then()
                .body("action", contains("set", "corrected"))
                .body("[1].changes.status", contains("prohibited", "permit-required"))
                .body("[1].actorRole", equalTo("nppo"));
    }

    @Test
    void onlyTheNppoOfTheRequirementsCountryCorrectsIt() {
        int product = product(word(), "1209");
        var created = set("AU", product, requirement("prohibited", "2025-01-01", null))
                .statusCode(201)
                .extract();
        int id = created.path("id");
        for (String token : List.of(Tokens.nppo("NZ"), Tokens.secretariat(), Tokens.screener("dhl"))) {
            correct(token, product, id, created.header("ETag"), requirement("no-requirement", "2025-01-01", null))
                    .statusCode(403);
        }
        given().get("/v1/products/{id}/requirements/{r}", product, id)
                .then()
                .body("status", equalTo("prohibited"))
                .header("ETag", equalTo(created.header("ETag")));
    }

    @Test
    void aCorrectionEndsARequirementButNeverOverlapsAnother() {
        String word = word();
        int product = product(word, "0602");
        int first = set("NZ", product, requirement("permit-required", "2024-01-01", null))
                .statusCode(201)
                .extract()
                .path("id");
        var second = set("NZ", product, requirement("prohibited", "2026-07-01", null))
                .statusCode(201)
                .extract();
        String firstEtag = given().get("/v1/products/{id}/requirements/{r}", product, first)
                .then()
                .body("effectiveTo", equalTo("2026-07-01"))
                .extract()
                .header("ETag");

        correct(
                        Tokens.nppo("NZ"),
                        product,
                        first,
                        firstEtag,
                        requirement("permit-required", "2024-01-01", "2027-01-01"))
                .statusCode(409)
                .body("detail", containsString("from 2026-07-01"));
        correct(
                        Tokens.nppo("NZ"),
                        product,
                        first,
                        firstEtag,
                        requirement("permit-required", "2024-01-01", "2023-01-01"))
                .statusCode(400);
        given().get("/v1/products/{id}/requirements/{r}", product, first)
                .then()
                .body("effectiveTo", equalTo("2026-07-01"))
                .header("ETag", equalTo(firstEtag));

        correct(
                        Tokens.nppo("NZ"),
                        product,
                        second.path("id"),
                        second.header("ETag"),
                        requirement("prohibited", "2026-07-01", "2028-01-01"))
                .statusCode(200)
                .body("effectiveTo", equalTo("2028-01-01"));
        given().queryParam("destination", "NZ")
                .queryParam("text", word + " seeds")
                .queryParam("date", "2028-01-01")
                .get("/v1/requirements")
                .then()
                .body("products[0].requirement", nullValue());
    }

    @Test
    void aCountrysWholeListOfRequirementsOnADateIsPublicAndPaged() {
        int prohibited = product(word(), "0602");
        int changed = product(word(), "0602");
        int untouched = product(word(), "0602");
        int retired = product(word(), "0602");
        set("IS", prohibited, requirement("prohibited", "2024-01-01", null)).statusCode(201);
        set("IS", changed, requirement("permit-required", "2024-01-01", null)).statusCode(201);
        set("IS", changed, requirement("conditions-apply", "2025-01-01", null)).statusCode(201);
        set("IS", retired, requirement("prohibited", "2024-01-01", null)).statusCode(201);
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("status", "retired", "reason", "Merged into another product."))
                .post("/v1/products/{id}/status", retired)
                .then()
                .statusCode(200);

        given().queryParam("date", "2024-06-01")
                .get("/v1/countries/IS/requirements")
                .then()
                .statusCode(200)
                .body("country", equalTo("IS"))
                .body("items.productId", contains(prohibited, changed))
                .body("items.requirement.status", contains("prohibited", "permit-required"))
                .body("items[0].hsCodes.code", contains("0602"))
                .body("items.productId", not(hasItem(untouched)));
        given().get("/v1/countries/IS/requirements")
                .then()
                .body("date", equalTo(LocalDate.now().toString()))
                .body("items.requirement.status", contains("prohibited", "conditions-apply"));
        given().queryParam("status", "prohibited")
                .get("/v1/countries/IS/requirements")
                .then()
                .body("items.productId", contains(prohibited));

        String next = given().queryParam("limit", 1)
                .get("/v1/countries/IS/requirements")
                .then()
                .body("items.productId", contains(prohibited))
                .extract()
                .path("next");
        given().queryParam("limit", 1)
                .queryParam("cursor", next)
                .get("/v1/countries/IS/requirements")
                .then()
                .body("items.productId", contains(changed))
                .body("next", nullValue());

        int formula = product(word(), "1209");
        Map<String, Object> hostile = requirement("permit-required", "2024-01-01", null);
        hostile.put("legalBasis", "=HYPERLINK(\"https://evil.example\")");
        set("IS", formula, hostile).statusCode(201);
        String csv = given().accept("text/csv")
                .get("/v1/countries/IS/requirements")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("requirements-IS-"))
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(
                lines.get(0),
                startsWith(
                        "productId,product,commodityClass,hsCodes,status,legalBasis,url,effectiveFrom,effectiveTo,"));
        assertThat(lines, hasSize(4));
        assertThat(lines.get(1), startsWith(prohibited + ",\"Seeds of "));
        assertThat(lines.get(1), containsString(",seeds,\"0602 ex\",prohibited,"));
        assertThat(lines.get(3), containsString(",\"'=HYPERLINK(\"\"https://evil.example\"\")\","));

        given().get("/v1/countries/is/requirements").then().statusCode(400);
        given().queryParam("status", "forbidden")
                .get("/v1/countries/IS/requirements")
                .then()
                .statusCode(400);
    }
}
