package org.ippc.ecommerce.registry.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductResourceTest {

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> product(String name, String commodityClass) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "Seeds for sowing.");
        body.put("commodityClass", commodityClass);
        body.put("hsCodes", List.of(Map.of("code", "1209.91", "partial", true)));
        body.put("taxa", List.of(Map.of("scientificName", "Solanum lycopersicum", "eppoCode", "LYPES")));
        body.put("pests", List.of(Map.of("scientificName", "Tomato brown rugose fruit virus", "eppoCode", "TOBRFV")));
        body.put(
                "searchTerms",
                List.of(
                        Map.of("language", "en", "term", name),
                        Map.of("language", "es", "term", "semillas de " + name)));
        return body;
    }

    private static ValidatableResponse replace(int id, String etag, Map<String, Object> product) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(product)
                .put("/v1/products/{id}", id)
                .then();
    }

    private static int create(Map<String, Object> product) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(product)
                .post("/v1/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void secretariatAddsAProductThatThePublicReads() {
        String name = unique("Tomato seeds");
        String location = given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(product(name, "seeds"))
                .when()
                .post("/v1/products")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .extract()
                .header("Location");

        given().get(location)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("commodityClass", equalTo("seeds"))
                .body("createdAt", notNullValue());
    }

    @Test
    void sameNameWhateverTheCaseIsAConflictNamingTheExistingProduct() {
        String name = unique("Bonsai");
        int id = create(product(name, "plants-for-planting"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(product(name.toLowerCase(), "plants-for-planting"))
                .post("/v1/products")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already on the list as " + id));
    }

    @Test
    void onlyTheSecretariatCuratesTheList() {
        String name = unique("Refused");
        for (String token :
                new String[] {Tokens.nppo("FR"), Tokens.rppo("EPPO"), Tokens.screener("dhl"), Tokens.contributor("x")
                }) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(product(name, "seeds"))
                    .post("/v1/products")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON)
                .body(product(name, "seeds"))
                .post("/v1/products")
                .then()
                .statusCode(401);
        given().queryParam("limit", 200).get("/v1/products").then().body("items.name", everyItem(not(equalTo(name))));
    }

    @Test
    void invalidProductIsAValidationProblemAndWritesNothing() {
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "", "description", "x".repeat(4001)))
                .post("/v1/products")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("name", "description", "commodityClass"));

        String name = unique("Mystery");
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(product(name, "spaceships"))
                .post("/v1/products")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("Unknown commodity class 'spaceships'"));
    }

    @Test
    void listsByCommodityClassWithKeysetPages() {
        String tag = unique("Soil");
        create(product(tag + " A", "soil-growing-media"));
        create(product(tag + " B", "soil-growing-media"));
        create(product(tag + " C", "soil-growing-media"));

        String next = given().queryParam("commodityClass", "soil-growing-media")
                .queryParam("limit", 2)
                .get("/v1/products")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.commodityClass", everyItem(equalTo("soil-growing-media")))
                .extract()
                .path("next");
        String last = given().queryParam("commodityClass", "soil-growing-media")
                .queryParam("limit", 200)
                .queryParam("cursor", next)
                .get("/v1/products")
                .then()
                .statusCode(200)
                .body("next", nullValue())
                .extract()
                .path("items[-1].name");
        assertThat(last, equalTo(tag + " C"));
        given().queryParam("commodityClass", "nope").get("/v1/products").then().statusCode(400);
    }

    private static ValidatableResponse changeStatus(String token, int id, String status) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("status", status, "reason", "Listed twice: see the product of the same species."))
                .post("/v1/products/{id}/status", id)
                .then();
    }

    private static ValidatableResponse screen(String title) {
        return given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("id", "1", "title", title, "destinationCountry", "AU"))))
                .post("/v1/screenings")
                .then()
                .statusCode(200);
    }

    @Test
    void aRetiredProductIsNoLongerMatchedButKeepsItsHistoryAndRequirements() {
        String name = unique("Retired gourd seeds");
        int id = create(product(name, "seeds"));
        given().auth()
                .oauth2(Tokens.nppo("AU"))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "prohibited", "legalBasis", "BICON", "effectiveFrom", "2025-01-01"))
                .post("/v1/products/{id}/requirements", id)
                .then()
                .statusCode(201);
        screen(name).body("items[0].matches.productId", contains(id)).body("items[0].verdict", equalTo("prohibited"));

        changeStatus(Tokens.nppo("AU"), id, "retired").statusCode(403);
        changeStatus(Tokens.secretariat(), id, "retired")
                .statusCode(200)
                .body("status", equalTo("retired"))
                .body("statusReason", containsString("Listed twice"));
        changeStatus(Tokens.secretariat(), id, "retired").statusCode(409).body("allowedActions", contains("listed"));

        // Retired, the product matches no more; the listing still names seeds, a high-risk class, so it is reviewed.
        screen(name)
                .body("items[0].matches", hasSize(0))
                .body("items[0].classes.commodityClass", contains("seeds"))
                .body("items[0].verdict", equalTo("review"));
        given().queryParam("destination", "AU")
                .queryParam("text", name)
                .get("/v1/requirements")
                .then()
                .body("products", hasSize(0));
        given().queryParam("limit", 200)
                .get("/v1/products")
                .then()
                .body("items.status", everyItem(equalTo("listed")))
                .body("items.id", not(hasItems(id)));
        given().queryParam("status", "retired")
                .queryParam("limit", 200)
                .get("/v1/products")
                .then()
                .body("items.id", hasItems(id));
        given().get("/v1/products/{id}", id).then().statusCode(200).body("status", equalTo("retired"));
        given().get("/v1/products/{id}/requirements", id).then().body("status", contains("prohibited"));
        given().auth()
                .oauth2(Tokens.nppo("NZ"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "status", "prohibited", "legalBasis", "Import Health Standard", "effectiveFrom", "2025-01-01"))
                .post("/v1/products/{id}/requirements", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("retired"));

        changeStatus(Tokens.secretariat(), id, "listed").statusCode(200).body("status", equalTo("listed"));
        screen(name).body("items[0].matches.productId", contains(id));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/products/{id}/history", id)
                .then()
                .body("action", contains("listed", "retired", "listed"))
                .body("[1].reason", containsString("Listed twice"))
                .body("[1].changes.status", contains("listed", "retired"));
    }

    @Test
    void aStatusIsListedOrRetiredWithAReason() {
        int id = create(product(unique("Status gourd seeds"), "seeds"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("status", "deleted", "reason", "no"))
                .post("/v1/products/{id}/status", id)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("status", "retired"))
                .post("/v1/products/{id}/status", id)
                .then()
                .statusCode(400)
                .body("violations.field", contains("reason"));
        given().queryParam("status", "gone").get("/v1/products").then().statusCode(400);
        given().get("/v1/products/{id}", id).then().body("status", equalTo("listed"));
    }

    @Test
    void unknownProductIsNotFound() {
        given().get("/v1/products/987654321").then().statusCode(404).contentType("application/problem+json");
        given().get("/v1/products").then().statusCode(200);
    }

    @Test
    void aProductCarriesHsCodesTaxaPestsAndTermsAndIsReplacedWithIfMatch() {
        String name = unique("Tomato seed kit");
        int id = create(product(name, "seeds"));
        String etag = given().get("/v1/products/{id}", id)
                .then()
                .statusCode(200)
                .body("hsCodes[0].code", equalTo("1209.91"))
                .body("hsCodes[0].partial", equalTo(true))
                .body("taxa[0].eppoCode", equalTo("LYPES"))
                .body("pests[0].eppoCode", equalTo("TOBRFV"))
                .body("searchTerms.language", contains("en", "es"))
                .extract()
                .header("ETag");

        Map<String, Object> changed = product(name, "seeds");
        changed.put("searchTerms", List.of(Map.of("language", "fr", "term", "graines de tomate")));
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/v1/products/{id}", id)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/v1/products/{id}", id)
                .then()
                .statusCode(403);
        replace(id, etag, changed).statusCode(200).body("searchTerms.term", contains("graines de tomate"));
        replace(id, etag, product(name, "seeds")).statusCode(412);
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .get("/v1/products/{id}/history", id)
                .then()
                .body("action", contains("listed", "updated"))
                .body("[1].actorRole", equalTo("secretariat"));
    }

    @Test
    void aReplacementThatChangesNothingKeepsTheVersionAndATermTakesItsNewSpelling() {
        String name = unique("Rare seeds");
        int id = create(product(name, "seeds"));
        String etag = given().get("/v1/products/{id}", id).then().extract().header("ETag");

        replace(id, etag, product(name, "seeds")).statusCode(200).header("ETag", equalTo(etag));

        Map<String, Object> respelled = product(name, "seeds");
        respelled.put(
                "searchTerms",
                List.of(
                        Map.of("language", "en", "term", name.toUpperCase()),
                        Map.of("language", "es", "term", "semillas de " + name)));
        replace(id, etag, respelled)
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("searchTerms.term", contains(name.toUpperCase(), "semillas de " + name));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/products/{id}/history", id)
                .then()
                .body("action", contains("listed", "updated"))
                .body("[1].changes.searchTerms[1][0].term", equalTo(name.toUpperCase()));
    }

    @Test
    void invalidCodesAndTermsAreValidationProblems() {
        Map<String, Object> body = product(unique("Bad codes"), "seeds");
        body.put("hsCodes", List.of(Map.of("code", "12A9", "partial", false)));
        body.put("taxa", List.of(Map.of("scientificName", "Xylella fastidiosa", "eppoCode", "xylefa")));
        body.put("searchTerms", List.of(Map.of("language", "english", "term", "")));
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/products")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        hasItems(
                                "hsCodes[0].code",
                                "taxa[0].eppoCode",
                                "searchTerms[0].language",
                                "searchTerms[0].term"));
    }
}
