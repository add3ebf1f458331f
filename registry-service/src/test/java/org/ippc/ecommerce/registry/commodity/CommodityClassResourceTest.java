package org.ippc.ecommerce.registry.commodity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommodityClassResourceTest {

    @Test
    void listsTheCommodityClassesInTheirOrder() {
        given().get("/v1/commodity-classes")
                .then()
                .statusCode(200)
                .body(
                        "code",
                        contains(
                                "plants-for-planting",
                                "seeds",
                                "bulbs-tubers",
                                "cut-flowers-foliage",
                                "fruits-vegetables",
                                "soil-growing-media",
                                "living-organisms",
                                "wood-handicrafts",
                                "other"))
                .body("find { it.code == 'seeds' }.name", equalTo("Seeds"))
                .body("find { it.code == 'seeds' }.description", startsWith("Seeds for sowing"));
    }

    @Test
    void namesAndDescribesThemInTheCallersLanguage() {
        given().header("Accept-Language", "fr-FR, en;q=0.5")
                .get("/v1/commodity-classes")
                .then()
                .statusCode(200)
                .header("Content-Language", "fr")
                .body("find { it.code == 'seeds' }.name", equalTo("Semences"))
                .body("find { it.code == 'seeds' }.description", startsWith("Semences destinées"))
                .body("nameLanguage", everyItem(equalTo("fr")));
    }
}
