package org.ippc.ecommerce.registry.screening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScreeningResourceTest {
    private String word;
    private int product;
    private String registeredStore;
    private String registeredNumber;
    private String suspendedSite;

    @BeforeEach
    void aProductWithRequirementsAndTwoTraders() {
        word = "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
        product = given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Seeds of " + word,
                        "description", "Seeds for sowing.",
                        "commodityClass", "seeds",
                        "hsCodes",
                                List.of(Map.of(
                                        "code", "1209." + (10 + Math.abs(word.hashCode()) % 89), "partial", true)),
                        "taxa", List.of(),
                        "pests", List.of(),
                        "searchTerms",
                                List.of(
                                        Map.of("language", "en", "term", word + " seeds"),
                                        Map.of("language", "ru", "term", "семена " + word))))
                .post("/v1/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        requirement("AU", "prohibited");
        requirement("NZ", "permit-required");
        requirement("JP", "conditions-apply");
        requirement("BR", "no-requirement");

        registeredStore = "store-" + word;
        registeredNumber = trader("FR", "etsy", registeredStore, word + "-shop.example");
        suspendedSite = word + "-suspended.example";
        String suspended = trader("FR", "ebay", "other-" + word, suspendedSite);
        int suspendedId = given().auth()
                .oauth2(Tokens.nppo("FR"))
                .queryParam("url", suspendedSite)
                .get("/v1/traders")
                .then()
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "suspended", "reason", "Investigation " + suspended))
                .post("/v1/traders/{id}/status", suspendedId)
                .then()
                .statusCode(200);
    }

    private void requirement(String country, String status) {
        given().auth()
                .oauth2(Tokens.nppo(country))
                .contentType(ContentType.JSON)
                .body(Map.of("status", status, "legalBasis", country + " import rules", "effectiveFrom", "2020-01-01"))
                .post("/v1/products/{id}/requirements", product)
                .then()
                .statusCode(201);
    }

    private static String trader(String country, String platform, String storeId, String site) {
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "legalName", "Trader " + storeId,
                        "tradingNames", List.of(),
                        "countryCode", country,
                        "websites", List.of(site),
                        "stores", List.of(Map.of("platform", platform, "storeId", storeId)),
                        "productClasses", List.of("seeds"),
                        "shipToCountries", List.of()))
                .post("/v1/traders")
                .then()
                .statusCode(201)
                .extract()
                .path("registrationNumber");
    }

    private static Map<String, Object> item(String id, String title, String destination) {
        Map<String, Object> item = new HashMap<>();
        item.put("id", id);
        item.put("title", title);
        item.put("destinationCountry", destination);
        item.put("originCountry", "FR");
        return item;
    }

    @Test
    void eachItemGetsItsProductsRequirementsSellerAndVerdict() {
        Map<String, Object> fromStore = item("a", "Fresh " + word.toUpperCase() + " Seeds 100 pcs", "AU");
        fromStore.put("marketplace", Map.of("platform", "Etsy", "storeId", registeredStore.toUpperCase()));
        Map<String, Object> byHsCode = item("f", "Assorted goods", "AU");
        String code = given().get("/v1/products/{id}", product).then().extract().path("hsCodes[0].code");
        byHsCode.put("hsCode", code + ".80");
        Map<String, Object> fromSuspended = item("g", word + " seeds", "BR");
        fromSuspended.put("sellerUrl", "https://www." + suspendedSite + "/listing/7?utm_source=feed");
        Map<String, Object> inDescription = item("i", "Garden pack", "NZ");
        inDescription.put("description", "Contains СЕМЕНА " + word + " and a trowel.");
        Map<String, Object> unknownSeller = item("e", "Garden gloves", "AU");
        unknownSeller.put("sellerUrl", "https://nobody-" + word + ".example/");

        given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "items",
                        List.of(
                                fromStore,
                                item("b", word + " seeds", "NZ"),
                                item("c", word + " seeds", "JP"),
                                item("d", word + " seeds", "CA"),
                                unknownSeller,
                                byHsCode,
                                fromSuspended,
                                item("h", word + " seeds", "BR"),
                                inDescription)))
                .post("/v1/screenings")
                .then()
                .statusCode(200)
                .body("items.id", contains("a", "b", "c", "d", "e", "f", "g", "h", "i"))
                .body(
                        "items.verdict",
                        contains(
                                "prohibited",
                                "needs-documents",
                                "review",
                                "review",
                                "clear",
                                "prohibited",
                                "review",
                                "clear",
                                "needs-documents"))
                .body("items[0].rule", startsWith("R1: Seeds of " + word + " is prohibited in AU (AU import rules)"))
                .body("items[0].matches[0].matchedBy", equalTo(word + " seeds"))
                .body("items[0].matches[0].field", equalTo("title"))
                .body("items[0].requirements[0].status", equalTo("prohibited"))
                .body("items[0].seller.status", equalTo("registered"))
                .body("items[0].seller.registrationNumber", equalTo(registeredNumber))
                .body("items[1].rule", containsString("an import permit"))
                .body("items[2].rule", startsWith("R3"))
                .body("items[3].rule", startsWith("R4: CA has recorded no requirement"))
                .body("items[4].rule", startsWith("R0"))
                .body("items[4].seller.status", equalTo("unknown"))
                .body("items[4].seller.registrationNumber", nullValue())
                .body("items[5].matches[0].matchedBy", startsWith("hs:"))
                .body("items[6].rule", equalTo("R5: the seller is suspended in the registry"))
                .body("items[7].rule", startsWith("R6"))
                .body("items[8].matches[0].field", equalTo("description"))
                .body("items[8].matches[0].language", equalTo("ru"))
                .body("counts.prohibited", equalTo(2))
                .body("counts.review", equalTo(3));
    }

    @Test
    void aClassNamedAloneIsReviewedAnObjectIsClearedAndATaxonFindsItsProduct() {
        String genus = "Zq" + word;
        int tree = given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Trees of " + genus,
                        "description", "Live trees.",
                        "commodityClass", "plants-for-planting",
                        "hsCodes", List.of(),
                        "taxa", List.of(Map.of("scientificName", genus + " robusta")),
                        "pests", List.of(),
                        "searchTerms", List.of(Map.of("language", "en", "term", genus + " tree"))))
                .post("/v1/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "items",
                        List.of(
                                item("class", "Ensete ventricosum Samen 10 Stück", "AU"),
                                item("object", "Artificial " + word + " seeds bouquet, plastic decor", "AU"),
                                item("taxon", genus + " robusta 'Nana' 2 yr", "AU"))))
                .post("/v1/screenings")
                .then()
                .statusCode(200)
                .body("items[0].verdict", equalTo("review"))
                .body("items[0].rule", startsWith("R7"))
                .body("items[0].classes.commodityClass", contains("seeds"))
                .body("items[0].classes[0].matchedBy", equalTo("samen"))
                .body("items[1].verdict", equalTo("clear"))
                .body("items[1].rule", startsWith("R0: an object"))
                .body("items[1].matches", hasSize(0))
                .body("items[1].clearedBy", hasItems("artificial", "plastic"))
                .body("items[2].matches.productId", contains(tree))
                .body("items[2].matches[0].language", equalTo("la"));
    }

    @Test
    void aSellersStorePageOnAMarketplaceFindsTheStore() {
        Map<String, Object> storePage = item("a", "Garden gloves", "AU");
        storePage.put("sellerUrl", "https://www.etsy.com/shop/" + registeredStore.toUpperCase() + "?ref=listing");
        Map<String, Object> otherMarketplace = item("b", "Garden gloves", "AU");
        otherMarketplace.put("sellerUrl", "https://www.ebay.fr/str/other-" + word + "/garden");
        Map<String, Object> listingPage = item("c", "Garden gloves", "AU");
        listingPage.put("sellerUrl", "https://www.etsy.com/listing/123/" + registeredStore);

        given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(storePage, otherMarketplace, listingPage)))
                .post("/v1/screenings")
                .then()
                .statusCode(200)
                .body("items[0].seller.registrationNumber", equalTo(registeredNumber))
                .body("items.seller.status", contains("registered", "suspended", "unknown"));
    }

    @Test
    void moreThanAThousandItemsIsTooLargeAndNothingIsCounted() {
        long before = requests();
        List<Map<String, Object>> items = new ArrayList<>();
        IntStream.range(0, 1001).forEach(i -> items.add(item("n" + i, "Garden gloves", "AU")));
        given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post("/v1/screenings")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("1001"));
        org.hamcrest.MatcherAssert.assertThat(requests(), equalTo(before));
    }

    @Test
    void badItemsAreValidationProblems() {
        Map<String, Object> noDestination = item("x", "Garden gloves", "AU");
        noDestination.remove("destinationCountry");
        given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(item("ok", "Gloves", "AU"), noDestination)))
                .post("/v1/screenings")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("items[1].destinationCountry"));
        given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of()))
                .post("/v1/screenings")
                .then()
                .statusCode(400);
    }

    @Test
    void screenersNpposAndTheSecretariatScreenAndOnlyTheyReadStatistics() {
        Map<String, Object> body = Map.of("items", List.of(item("1", word + " seeds", "AU")));
        for (String token : List.of(Tokens.screener("post"), Tokens.nppo("AU"), Tokens.secretariat())) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/v1/screenings")
                    .then()
                    .statusCode(200);
        }
        for (String token : List.of(Tokens.rppo("APPPC"), Tokens.contributor("x"), Tokens.expert(2))) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/v1/screenings")
                    .then()
                    .statusCode(403);
        }
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/v1/screenings")
                .then()
                .statusCode(401);

        given().auth()
                .oauth2(Tokens.nppo("AU"))
                .queryParam("destination", "AU")
                .get("/v1/screenings/stats")
                .then()
                .statusCode(200)
                .body("to", equalTo(LocalDate.now().toString()))
                .body("rows.find { it.verdict == 'prohibited' }.items", greaterThanOrEqualTo(3));
        given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("from", "2026-02-01")
                .queryParam("to", "2026-01-01")
                .get("/v1/screenings/stats")
                .then()
                .statusCode(400);
    }

    private static ValidatableResponse stats(String token, String destination) {
        var request = given().auth().oauth2(token);
        if (destination != null) {
            request.queryParam("destination", destination);
        }
        return request.get("/v1/screenings/stats").then().statusCode(200);
    }

    @Test
    void aScreenerCountsItsOwnOrganizationsScreeningsAndADestinationOnlyItsItems() {
        String courier = "courier-" + UUID.randomUUID();
        given().auth()
                .oauth2(Tokens.screener(courier))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "items",
                        List.of(
                                item("1", "Garden gloves", "AU"),
                                item("2", "Garden gloves", "AU"),
                                item("3", "Garden gloves", "NZ"))))
                .post("/v1/screenings")
                .then()
                .statusCode(200);

        stats(Tokens.screener(courier), null)
                .body("requests", equalTo(1))
                .body("items", equalTo(3))
                .body("rows.destinationCountry", contains("AU", "NZ"))
                .body("rows.items", contains(2, 1));
        stats(Tokens.screener(courier), "NZ")
                .body("requests", equalTo(1))
                .body("items", equalTo(1))
                .body("rows.destinationCountry", contains("NZ"));
        stats(Tokens.screener("courier-" + UUID.randomUUID()), null)
                .body("requests", equalTo(0))
                .body("items", equalTo(0))
                .body("rows", empty());

        var forNz = stats(Tokens.nppo("NZ"), "NZ").extract();
        List<Integer> rowItems = forNz.path("rows.items");
        assertEquals(rowItems.stream().mapToLong(Integer::longValue).sum(), ((Number) forNz.path("items")).longValue());
    }

    private static long requests() {
        return ((Number) given().auth()
                        .oauth2(Tokens.secretariat())
                        .get("/v1/screenings/stats")
                        .then()
                        .extract()
                        .path("requests"))
                .longValue();
    }
}
