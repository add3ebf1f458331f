package org.ippc.ecommerce.registry.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A token whose scope claim is missing, malformed or names nothing real reads and writes nothing. */
@QuarkusTest
class ScopeClaimsTest {
    private static final List<Map<String, Object>> BAD_COUNTRIES = List.of(
            Map.of(),
            Map.of("country", "ZZ"),
            Map.of("country", "*"),
            Map.of("country", ""),
            Map.of("country", "fr"),
            Map.of("country", List.of("FR", "DE")),
            Map.of("country", Map.of("code", "FR")));

    @Test
    void anNppoTokenWithoutAValidCountryReadsNoTraderAndRegistersNone() {
        for (Map<String, Object> scope : BAD_COUNTRIES) {
            String token = Tokens.withScope("nppo", scope);
            given().auth()
                    .oauth2(token)
                    .get("/v1/traders")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString("'country' claim"));
            String name = "Scope " + UUID.randomUUID();
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "legalName", name,
                            "tradingNames", List.of(),
                            "countryCode", "FR",
                            "websites", List.of(),
                            "stores", List.of(),
                            "productClasses", List.of("seeds"),
                            "shipToCountries", List.of()))
                    .post("/v1/traders")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(Tokens.secretariat())
                    .queryParam("q", name)
                    .get("/v1/traders")
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(0));
        }
    }

    @Test
    void aScreenerTokenNeedsTheNameOfItsOrganization() {
        for (Object org : new Object[] {"*", "", "  ", "-", List.of("dhl")}) {
            given().auth()
                    .oauth2(Tokens.withScope("screener", Map.of("org", org)))
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "items", List.of(Map.of("id", "1", "title", "tomato seeds", "destinationCountry", "AU"))))
                    .post("/v1/screenings")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString("'org' claim"));
        }
        given().auth()
                .oauth2(Tokens.withScope("screener", Map.of()))
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("id", "1", "title", "tomato seeds", "destinationCountry", "AU"))))
                .post("/v1/screenings")
                .then()
                .statusCode(403);
    }

    @Test
    void anRppoTokenMustNameOneOfTheTenRppos() {
        for (Object rppo : new Object[] {"XYZ", "*", "", "eppo"}) {
            given().auth()
                    .oauth2(Tokens.withScope("rppo", Map.of("rppo", rppo)))
                    .get("/v1/commodity-classes")
                    .then()
                    .statusCode(403)
                    .body("detail", containsString("'rppo' claim"));
        }
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .get("/v1/commodity-classes")
                .then()
                .statusCode(200);
    }

    @Test
    void aValidScopeIsServedAsBefore() {
        given().auth().oauth2(Tokens.nppo("FR")).get("/v1/traders").then().statusCode(200);
        given().auth()
                .oauth2(Tokens.withScope("screener", Map.of("org", "Deutsche Post DHL")))
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("id", "1", "title", "tomato seeds", "destinationCountry", "AU"))))
                .post("/v1/screenings")
                .then()
                .statusCode(200);
    }
}
