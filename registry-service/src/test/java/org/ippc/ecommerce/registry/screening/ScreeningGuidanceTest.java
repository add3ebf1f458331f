package org.ippc.ecommerce.registry.screening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.registry.testing.ResourcesStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ScreeningGuidanceTest {
    private String word;

    @BeforeEach
    void aLivingOrganismProductBannedInAustralia() {
        word = "g" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
        int product = given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Live " + word,
                        "description", "Live snails sold as pets.",
                        "commodityClass", "living-organisms",
                        "hsCodes", List.of(),
                        "taxa", List.of(),
                        "pests", List.of(),
                        "searchTerms", List.of(Map.of("language", "en", "term", "live " + word))))
                .post("/v1/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.nppo("AU"))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "prohibited", "legalBasis", "Biosecurity Act", "effectiveFrom", "2020-01-01"))
                .post("/v1/products/{id}/requirements", product)
                .then()
                .statusCode(201);
    }

    @AfterEach
    void resourcesBack() {
        ResourcesStub.reset();
    }

    private Map<String, Object> screening() {
        return Map.of(
                "items",
                List.of(
                        Map.of(
                                "id",
                                "1",
                                "title",
                                "Live " + word + " x10",
                                "originCountry",
                                "FR",
                                "destinationCountry",
                                "AU"),
                        Map.of(
                                "id",
                                "2",
                                "title",
                                "Garden gloves",
                                "originCountry",
                                "FR",
                                "destinationCountry",
                                "AU")));
    }

    @Test
    void itemsCarryThePublishedGuidanceOnTheirProductsCommodityClass() {
        ResourcesStub.publishedGuidance(
                "living-organisms", 77, "Live animals and plants sold online", "https://www.ippc.int/guide-live");
        given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .contentType(ContentType.JSON)
                .body(screening())
                .post("/v1/screenings")
                .then()
                .statusCode(200)
                .body("guidanceAvailable", equalTo(true))
                .body("items[0].verdict", equalTo("prohibited"))
                .body("items[0].guidance.resourceId", contains(77))
                .body("items[0].guidance[0].title", equalTo("Live animals and plants sold online"))
                .body("items[0].guidance[0].url", equalTo("https://www.ippc.int/guide-live"))
                .body("items[0].guidance[0].commodityClass", equalTo("living-organisms"))
                .body("items[1].guidance", equalTo(List.of()));
    }

    @Test
    void guidanceIsInTheDestinationsFirstLanguageThatHasAnyElseInAnyLanguage() {
        ResourcesStub.publishedGuidance(
                "living-organisms", 77, "Live animals and plants sold online", "https://www.ippc.int/guide-live");
        ResourcesStub.publishedGuidanceIn(
                "es", "living-organisms", 78, "Animales vivos vendidos en línea", "https://www.ippc.int/es/guia");
        ResourcesStub.publishedGuidanceIn(
                "fr", "living-organisms", 79, "Organismes vivants vendus en ligne", "https://www.ippc.int/fr/guide");
        List<Map<String, String>> items = List.of("MX", "MA", "CN", "DE").stream()
                .map(destination -> Map.of(
                        "id",
                        destination,
                        "title",
                        "Live " + word,
                        "originCountry",
                        "FR",
                        "destinationCountry",
                        destination))
                .toList();

        given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post("/v1/screenings")
                .then()
                .statusCode(200)
                .body("guidanceAvailable", equalTo(true))
                .body("items[0].guidance.resourceId", contains(78))
                .body("items[0].guidance[0].title", equalTo("Animales vivos vendidos en línea"))
                .body("items[0].guidance[0].language", equalTo("es"))
                .body("items[0].guidance[0].languages", contains("es"))
                .body("items[1].guidance.resourceId", contains(79))
                .body("items[1].guidance[0].language", equalTo("fr"))
                .body("items[2].guidance.resourceId", contains(77))
                .body("items[2].guidance[0].title", equalTo("Live animals and plants sold online"))
                .body("items[2].guidance[0].language", equalTo("en"))
                .body("items[3].guidance.resourceId", contains(77));

        List<String> asked = ResourcesStub.languagesAskedFor("living-organisms");
        assertThat(asked, hasItems("es", "ar", "fr", "zh", "en", null));
        assertThat("Morocco reads Arabic first, then French", asked.indexOf("ar"), lessThan(asked.indexOf("fr")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"down", "error", "slow"})
    void whenResourcesServiceCannotAnswerScreeningStillAnswersAndSaysSo(String failure) {
        ResourcesStub.fail(failure);
        given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .contentType(ContentType.JSON)
                .body(screening())
                .post("/v1/screenings")
                .then()
                .statusCode(200)
                .body("guidanceAvailable", equalTo(false))
                .body("items[0].verdict", equalTo("prohibited"))
                .body("items[0].guidance", equalTo(List.of()));
    }

    @Test
    void whenResourcesServiceCannotAnswerAScreeningStopsAskingIt() {
        ResourcesStub.fail("error");
        List<Map<String, Object>> items = List.of("AU", "FR", "DE", "US", "JP", "BR", "MA", "CN").stream()
                .map(destination -> Map.<String, Object>of(
                        "id", destination, "title", "Live " + word + " x10", "destinationCountry", destination))
                .toList();
        given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post("/v1/screenings")
                .then()
                .statusCode(200)
                .body("guidanceAvailable", equalTo(false));

        assertThat(
                "one call and its retry, not two for each of eight destinations",
                ResourcesStub.catalogueRequests(),
                lessThanOrEqualTo(2L));
    }
}
