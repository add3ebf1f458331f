package org.ippc.ecommerce.registry.trader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The number a country's own register gives a trader: kept, unique within the country, verified, imported by. */
@QuarkusTest
class NationalRegisterNumberTest {

    private static String tag() {
        return "x" + UUID.randomUUID().toString().substring(0, 7);
    }

    private static ValidatableResponse register(String country, String name, String nationalNumber) {
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "legalName", name,
                        "countryCode", country,
                        "nationalRegisterNumber", nationalNumber,
                        "productClasses", java.util.List.of("seeds")))
                .post("/v1/traders")
                .then();
    }

    private static ValidatableResponse verify(String country, String nationalNumber) {
        return given().queryParam("country", country)
                .queryParam("nationalRegisterNumber", nationalNumber)
                .get("/v1/verification")
                .then()
                .statusCode(200);
    }

    @Test
    void aNationalNumberIsKeptVerifiedAndUniqueWithinItsCountryOnly() {
        String number = "PV 75/" + tag() + ", lot 2";
        String registrationNumber = register("NL", "Zaden " + tag(), " " + number + " ")
                .statusCode(201)
                .body("nationalRegisterNumber", equalTo(number))
                .extract()
                .path("registrationNumber");

        verify("NL", number)
                .body("known", equalTo(true))
                .body("trader.registrationNumber", equalTo(registrationNumber))
                .body("trader.nationalRegisterNumber", equalTo(number));
        verify("BE", number).body("known", equalTo(false));

        register("NL", "Other " + tag(), number)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("held by trader " + registrationNumber));
        register("BE", "Belgian " + tag(), number).statusCode(201);
    }

    @Test
    void aBlankNumberOrANumberWithoutItsCountryIsRefused() {
        register("NL", "Blank " + tag(), "   ").statusCode(400).contentType("application/problem+json");
        given().queryParam("nationalRegisterNumber", "PV-1")
                .get("/v1/verification")
                .then()
                .statusCode(400)
                .body("detail", containsString("country with nationalRegisterNumber"));
    }

    @Test
    void anImportWithoutIssuedNumbersFindsItsTradersByTheirNationalNumbers() {
        String t = tag();
        String first = "NR-" + t + "-1";
        String second = "NR-" + t + "-2";
        String header = "nationalRegisterNumber,legalName,productClasses\n";
        ValidatableResponse created = TraderImportTest.upload(
                        "AT", header + first + ",Samen " + t + ",seeds\n" + second + ",Zwiebeln " + t + ",seeds\n", "")
                .statusCode(200)
                .body("results.outcome", contains("created", "created"));
        String firstNumber = created.extract().path("results[0].registrationNumber");

        TraderImportTest.upload(
                        "AT",
                        header + first + ",Samen " + t + " GmbH,seeds\n" + second + ",Zwiebeln " + t + ",seeds\n",
                        "")
                .statusCode(200)
                .body("results.outcome", contains("updated", "unchanged"))
                .body("results[0].registrationNumber", equalTo(firstNumber));
        verify("AT", first).body("trader.name", equalTo("Samen " + t + " GmbH"));

        String mixed = "registrationNumber,nationalRegisterNumber,legalName,productClasses\n"
                + firstNumber + "," + second + ",Samen " + t + ",seeds\n"
                + ",NR-" + t + "-3,Neu " + t + ",seeds\n"
                + ",NR-" + t + "-3,Doppelt " + t + ",seeds\n";
        ValidatableResponse refused = TraderImportTest.upload("AT", mixed, "?dryRun=true")
                .statusCode(200)
                .body("results.outcome", contains("rejected", "created", "rejected"))
                .body("results.column", contains("nationalRegisterNumber", null, "nationalRegisterNumber"));
        assertEquals(
                second + " is held by trader " + verify("AT", second).extract().path("trader.registrationNumber"),
                refused.extract().path("results[0].reason"));
    }
}
