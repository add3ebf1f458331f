package org.ippc.ecommerce.registry.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.testing.Tokens;

/** High-risk products the Secretariat lists for a test: seeds named by a word of their own. */
public final class SeedProducts {
    private SeedProducts() {}

    /** "Seeds of {word}", found by "{word} seeds" and by the HS code (partial); its id. */
    public static int listed(String word, String hsCode) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Seeds of " + word,
                        "description",
                        "Seeds for sowing.",
                        "commodityClass",
                        "seeds",
                        "hsCodes",
                        List.of(Map.of("code", hsCode, "partial", true)),
                        "searchTerms",
                        List.of(Map.of("language", "en", "term", word + " seeds"))))
                .post("/v1/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
