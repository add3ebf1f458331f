package org.ippc.ecommerce.registry.trader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Registration numbers: the country's code and the next of its own national numbers, seven digits. */
@QuarkusTest
class RegistrationNumberTest {
    @Inject
    AgroalDataSource database;

    private static String tag() {
        return "x" + UUID.randomUUID().toString().substring(0, 7);
    }

    private static ValidatableResponse register(String country) {
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "legalName", "Numbered " + tag(), "countryCode", country, "productClasses", List.of("seeds")))
                .post("/v1/traders")
                .then();
    }

    private static int nationalNumber(String registrationNumber) {
        return Integer.parseInt(registrationNumber.substring(3));
    }

    private int traders(String country) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement count =
                        connection.prepareStatement("select count(*) from trader where country_code = ?")) {
            count.setString(1, country);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    @Test
    void eachCountryCountsItsOwnNumbers() {
        String first = register("TV").statusCode(201).extract().path("registrationNumber");
        register("NR").statusCode(201);
        String second = register("TV").statusCode(201).extract().path("registrationNumber");

        assertEquals("TV-", second.substring(0, 3));
        assertEquals(nationalNumber(first) + 1, nationalNumber(second));
    }

    @Test
    void aNumberAnImportBroughtIsSkipped() {
        int first = nationalNumber(register("KI").statusCode(201).extract().path("registrationNumber"));
        String brought = "KI-%07d".formatted(first + 2);
        given().auth()
                .oauth2(Tokens.nppo("KI"))
                .contentType("text/csv; charset=UTF-8")
                .body("registrationNumber,legalName,countryCode,productClasses\n" + brought + ",Brought " + tag()
                        + ",KI,seeds\n")
                .post("/v1/traders/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("results[0].registrationNumber", equalTo(brought));

        int second = nationalNumber(register("KI").statusCode(201).extract().path("registrationNumber"));
        int third = nationalNumber(register("KI").statusCode(201).extract().path("registrationNumber"));
        assertEquals(List.of(first + 1, first + 3), List.of(second, third));
    }

    @Test
    void aNumberOneLineBringsIsNotIssuedToAnotherLineOfTheFile() throws SQLException {
        int last = nationalNumber(register("TO").statusCode(201).extract().path("registrationNumber"));
        String brought = "TO-%07d".formatted(last + 2);
        String t = tag();
        String csv = "registrationNumber,legalName,countryCode,websites,productClasses\n"
                + ",First " + t + ",TO,first-" + t + ".example,seeds\n"
                + brought + ",Brought " + t + ",TO,brought-" + t + ".example,seeds\n"
                + ",Third " + t + ",TO,third-" + t + ".example,seeds\n";
        int before = traders("TO");
        given().auth()
                .oauth2(Tokens.nppo("TO"))
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .post("/v1/traders/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(3))
                .body(
                        "results.registrationNumber",
                        equalTo(List.of("TO-%07d".formatted(last + 1), brought, "TO-%07d".formatted(last + 3))));
        assertEquals(before + 3, traders("TO"));
    }

    @Test
    void whenACountrysNumbersAreUsedUpRegistrationIsAConflictAndNothingIsWritten() throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement twoLeft = connection.prepareStatement(
                        "insert into national_number_counter values ('PW', 9999997) on conflict (country_code)"
                                + " do update set last_issued = 9999997")) {
            twoLeft.executeUpdate();
        }
        int before = traders("PW");
        String t = tag();
        String csv = "legalName,countryCode,websites,productClasses\n"
                + "First " + t + ",PW,first-" + t + ".example,seeds\n"
                + "Second " + t + ",PW,second-" + t + ".example,seeds\n"
                + "Third " + t + ",PW,third-" + t + ".example,seeds\n";
        for (String dryRun : List.of("?dryRun=true", "")) {
            given().auth()
                    .oauth2(Tokens.nppo("PW"))
                    .contentType("text/csv; charset=UTF-8")
                    .body(csv)
                    .post("/v1/traders/import" + dryRun)
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body(
                            "detail",
                            equalTo("PW has fewer than 3 registration numbers left to issue: national numbers"
                                    + " have seven digits, up to PW-9999999."));
        }
        assertEquals(before, traders("PW"));

        // Neither the dry run nor the import that could not be written took any of the two numbers left.
        register("PW").statusCode(201).body("registrationNumber", equalTo("PW-9999998"));
        register("PW").statusCode(201).body("registrationNumber", equalTo("PW-9999999"));
        register("PW")
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo("PW has no registration numbers left to issue: national numbers have seven"
                                + " digits, up to PW-9999999."));
        assertEquals(before + 2, traders("PW"));
    }
}
