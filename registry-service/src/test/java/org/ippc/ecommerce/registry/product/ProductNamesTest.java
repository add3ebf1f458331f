package org.ippc.ecommerce.registry.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A product's name in the official languages, and where callers read it in theirs. */
@QuarkusTest
class ProductNamesTest {
    private final String word =
            "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);

    private Map<String, Object> product(Map<String, String> translatedNames) {
        return Map.of(
                "name",
                "Seeds of " + word,
                "translatedNames",
                translatedNames,
                "description",
                "Seeds for sowing.",
                "commodityClass",
                "seeds",
                "searchTerms",
                List.of(Map.of("language", "en", "term", word + " seeds")));
    }

    private int listed(Map<String, String> translatedNames) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(product(translatedNames))
                .post("/v1/products")
                .then()
                .statusCode(201)
                .body("translatedNames.fr", equalTo("Semences de " + word))
                .extract()
                .path("id");
    }

    @Test
    void screeningAndTheLookupNameTheProductInTheCallersLanguageOrSayItIsEnglish() {
        int id = listed(Map.of("fr", "Semences de " + word, "ar", "بذور " + word));
        given().get("/v1/products/{id}", id).then().body("name", equalTo("Seeds of " + word));

        screenedAs("fr-CH, fr;q=0.9", "Semences de " + word, "fr");
        screenedAs("ar", "بذور " + word, "ar");
        screenedAs("es", "Seeds of " + word, "en");

        given().header("Accept-Language", "ar")
                .queryParam("destination", "FR")
                .queryParam("text", word + " seeds")
                .get("/v1/requirements")
                .then()
                .statusCode(200)
                .header("Content-Language", "ar")
                .body("products.find { it.productId == %d }.name".formatted(id), equalTo("بذور " + word))
                .body("products.find { it.productId == %d }.nameLanguage".formatted(id), equalTo("ar"));
    }

    @Test
    void aNameInEnglishOrAnotherLanguageOrBlankIsRefusedAndNothingIsListed() {
        for (Map<String, String> wrong :
                List.of(Map.of("en", "Seeds"), Map.of("de", "Samen von " + word), Map.of("fr", " "))) {
            given().auth()
                    .oauth2(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(product(wrong))
                    .post("/v1/products")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        // Names are unique: had a refused request listed the product, this one would conflict.
        listed(Map.of("fr", "Semences de " + word));
    }

    private void screenedAs(String acceptLanguage, String name, String nameLanguage) {
        given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .header("Accept-Language", acceptLanguage)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("id", "a", "title", word + " seeds", "destinationCountry", "FR"))))
                .post("/v1/screenings")
                .then()
                .statusCode(200)
                .header("Content-Language", nameLanguage.equals("en") ? acceptLanguage : nameLanguage)
                .body("items[0].matches.productName", hasItem(name))
                .body("items[0].matches.productNameLanguage", hasItem(nameLanguage));
    }
}
