package org.ippc.ecommerce.registry.requirement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.registry.testing.SeedProducts;
import org.junit.jupiter.api.Test;

/** A requirement's origins, conditions, documents and exemptions: kept, listed, looked up and screened by. */
@QuarkusTest
class RequirementSubstanceTest {
    private static final String DESTINATION = "MU";

    private final String word =
            "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private int product() {
        return SeedProducts.listed(word, "1209.99");
    }

    /** Seeds need a certificate from anywhere, except a few packets for personal use. */
    private static Map<String, Object> everyOrigin() {
        Map<String, Object> body = new HashMap<>();
        body.put("status", "phytosanitary-certificate-required");
        body.put("legalBasis", "Plant Protection Act, schedule 2");
        body.put("url", "https://laws.example/ppa/schedule-2");
        body.put("effectiveFrom", "2026-01-01");
        body.put("documents", List.of("phytosanitary-certificate", "import-permit"));
        body.put("conditions", Map.of("en", "Free from soil.", "fr", "Exemptes de terre.", "ar", "خالية من التربة."));
        body.put(
                "exemptions",
                List.of(Map.of(
                        "kind",
                        "personal-use",
                        "maxQuantity",
                        5,
                        "unit",
                        "packets",
                        "text",
                        Map.of("en", "Up to 5 retail packets for personal use"))));
        return body;
    }

    private static Map<String, Object> from(List<String> origins, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("legalBasis", "Emergency measure 7/2026");
        body.put("effectiveFrom", "2026-03-01");
        body.put("origins", origins);
        return body;
    }

    private static ValidatableResponse set(int product, Map<String, Object> requirement) {
        return given().auth()
                .oauth2(Tokens.nppo(DESTINATION))
                .contentType(ContentType.JSON)
                .body(requirement)
                .post("/v1/products/{id}/requirements", product)
                .then();
    }

    private static ValidatableResponse lookUp(int product, String origin) {
        var request = given().queryParam("destination", DESTINATION).queryParam("hsCode", "1209.99");
        if (origin != null) {
            request.queryParam("origin", origin);
        }
        return request.get("/v1/requirements").then().statusCode(200);
    }

    @Test
    void aRequirementForNamedOriginsTakesPrecedenceForThemOnly() {
        int product = product();
        set(product, everyOrigin())
                .statusCode(201)
                .body("origins", hasSize(0))
                .body("documents", contains("phytosanitary-certificate", "import-permit"))
                .body("conditions.fr", equalTo("Exemptes de terre."))
                .body("exemptions[0].maxQuantity", equalTo(5));
        set(product, from(List.of("IN", "CN"), "prohibited")).statusCode(201).body("origins", contains("CN", "IN"));

        set(product, from(List.of("CN", "VN"), "permit-required"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("for origins CN, IN"));
        set(product, from(List.of("VN"), "permit-required")).statusCode(201);

        String found = "products.find { it.productId == %d }.requirement.".formatted(product);
        lookUp(product, "CN").body(found + "status", equalTo("prohibited")).body("origin", equalTo("CN"));
        lookUp(product, "VN").body(found + "status", equalTo("permit-required"));
        lookUp(product, "FR")
                .body(found + "status", equalTo("phytosanitary-certificate-required"))
                .body(found + "exemptions[0].kind", equalTo("personal-use"));
        lookUp(product, null).body(found + "status", equalTo("phytosanitary-certificate-required"));
    }

    @Test
    void theCountrysListShowsEveryRequirementOfAProductWithWhatItAsks() {
        int product = product();
        set(product, everyOrigin()).statusCode(201);
        set(product, from(List.of("CN"), "prohibited")).statusCode(201);

        given().queryParam("date", "2026-06-01")
                .queryParam("limit", 200)
                .get("/v1/countries/{c}/requirements", DESTINATION)
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.productId == %d }.requirement.origins".formatted(product),
                        contains(List.of(), List.of("CN")));

        String csv = given().accept("text/csv")
                .queryParam("date", "2026-06-01")
                .get("/v1/countries/{c}/requirements", DESTINATION)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(csv.startsWith("productId,product,commodityClass,hsCodes,status,legalBasis,url,effectiveFrom,"
                + "effectiveTo,origins,documents,conditions.ar,conditions.en,conditions.es,conditions.fr,"
                + "conditions.ru,conditions.zh,exemptions\n"));
        List<String> lines =
                csv.lines().filter(line -> line.startsWith(product + ",")).toList();
        assertEquals(2, lines.size(), csv);
        assertTrue(lines.get(0).contains("phytosanitary-certificate;import-permit"), lines.get(0));
        assertTrue(lines.get(0).contains("Exemptes de terre."), lines.get(0));
        assertTrue(lines.get(0).contains("\"\"maxQuantity\"\":5"), lines.get(0));
        assertTrue(lines.get(1).contains(",prohibited,") && lines.get(1).contains(",CN,"), lines.get(1));
    }

    @Test
    void screeningUsesTheItemsOriginAndNamesWhatTheDestinationRequires() {
        int product = product();
        set(product, everyOrigin()).statusCode(201);
        set(product, from(List.of("CN"), "prohibited")).statusCode(201);

        given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "items", List.of(item("from-cn", "CN"), item("from-fr", "FR"), item("unknown-origin", null))))
                .post("/v1/screenings")
                .then()
                .statusCode(200)
                .body("items.verdict", contains("prohibited", "needs-documents", "needs-documents"))
                .body("items[0].requirements[0].origins", contains("CN"))
                .body("items[1].rule", containsString("phytosanitary-certificate, import-permit"))
                .body("items[1].requirements[0].documents", contains("phytosanitary-certificate", "import-permit"))
                .body("items[1].requirements[0].conditions.en", equalTo("Free from soil."))
                .body("items[1].requirements[0].exemptions[0].unit", equalTo("packets"));
    }

    @Test
    void anItemsDeclaredQuantityNamesTheExemptionsItMayFallWithin() {
        int product = product();
        set(product, everyOrigin()).statusCode(201);
        Map<String, Object> few = item("three-packets", "FR");
        few.put("quantity", Map.of("value", 3, "unit", "packets"));
        Map<String, Object> many = item("forty-packets", "FR");
        many.put("quantity", Map.of("value", 40, "unit", "packets"));
        Map<String, Object> weighed = item("weighed", "FR");
        weighed.put("quantity", Map.of("value", 0.2, "unit", "kilograms"));

        given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(few, many, weighed, item("undeclared", "FR"))))
                .post("/v1/screenings")
                .then()
                .statusCode(200)
                .body(
                        "items.verdict",
                        contains("needs-documents", "needs-documents", "needs-documents", "needs-documents"))
                .body("items[0].requirements[0].exemptionsThatMayApply.kind", contains("personal-use"))
                .body("items[0].rule", containsString("unless exempt: personal-use up to 5 packets"))
                .body("items[1].requirements[0].exemptionsThatMayApply", hasSize(0))
                .body("items[1].rule", not(containsString("unless exempt")))
                .body("items[2].requirements[0].exemptionsThatMayApply", hasSize(0))
                .body("items[3].requirements[0].exemptionsThatMayApply", hasSize(0));
    }

    private Map<String, Object> item(String id, String origin) {
        Map<String, Object> item = new HashMap<>();
        item.put("id", id);
        item.put("title", "Organic " + word + " seeds, 20 packets");
        item.put("destinationCountry", DESTINATION);
        if (origin != null) {
            item.put("originCountry", origin);
        }
        return item;
    }

    @Test
    void whatARequirementAsksIsCheckedAndABadOneChangesNothing() {
        int product = product();
        Map<String, Object> german = everyOrigin();
        german.put("conditions", Map.of("de", "Frei von Erde."));
        Map<String, Object> quantityWithoutUnit = everyOrigin();
        quantityWithoutUnit.put("exemptions", List.of(Map.of("kind", "personal-use", "maxQuantity", 5)));
        Map<String, Object> unknownDocument = everyOrigin();
        unknownDocument.put("documents", List.of("plant-passport"));
        Map<String, Object> badOrigin = from(List.of("ZZ"), "prohibited");
        for (Map<String, Object> bad : List.of(german, quantityWithoutUnit, unknownDocument, badOrigin)) {
            set(product, bad).statusCode(400).contentType("application/problem+json");
        }
        given().get("/v1/products/{id}/requirements", product)
                .then()
                .statusCode(200)
                .body("", hasSize(0));
    }
}
