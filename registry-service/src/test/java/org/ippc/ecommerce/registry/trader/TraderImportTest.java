package org.ippc.ecommerce.registry.trader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ippc.ecommerce.registry.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TraderImportTest {
    private static final String HEADER = "registrationNumber,legalName,tradingNames,countryCode,address,contactEmail,"
            + "contactPhone,businessRegisterNumber,websites,stores,productClasses,shipToCountries,complianceNotes\n";

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String line(String number, String name, String country, String site, String store, String email) {
        return "%s,%s,,%s,,%s,,,%s,%s,seeds,,\n".formatted(number, name, country, email, site, store);
    }

    private static ValidatableResponse upload(String country, String csv, String query) {
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .contentType("text/csv")
                .body(csv)
                .post("/v1/traders/import" + query)
                .then();
    }

    private static void known(String site, boolean known) {
        given().queryParam("url", site).get("/v1/verification").then().body("known", equalTo(known));
    }

    @Test
    void theExampleFileImportsAndTheDryRunWritesNothing() throws IOException {
        String example = Files.readString(Path.of("../deploy/seed/traders-example.csv"));
        String t = tag();
        String unique = example.replace(".example", "-" + t + ".example")
                .replace("GrainesDuMonde", "GdM" + t)
                .replace("gdm-seeds", "gdm" + t)
                .replace("A1B2C3D4E5", "A1" + t);
        upload("FR", unique, "?dryRun=true")
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("written", equalTo(false))
                .body("created", equalTo(3));
        known("graines-du-monde-" + t + ".example", false);

        upload("FR", unique, "")
                .statusCode(200)
                .body("written", equalTo(true))
                .body("lines", equalTo(3))
                .body("created", equalTo(3))
                .body("results.line", contains(2, 3, 4))
                .body("results.registrationNumber", everyItem(matchesPattern("FR-[0-9]{7}")));
        known("https://www.graines-du-monde-" + t + ".example/catalogue", true);
    }

    @Test
    void aRejectedLineWritesNothingUnlessPartialImportIsAsked() {
        String t = tag();
        String csv = HEADER
                + line("", "Good " + t, "DK", "good-" + t + ".example", "etsy:good" + t, "a@good.example")
                + line("", "Bad email " + t, "DK", "bad-" + t + ".example", "", "not-an-email")
                + line("", "Other country " + t, "SE", "se-" + t + ".example", "", "")
                + line("", "Same site " + t, "DK", "www.GOOD-" + t + ".example/x", "", "")
                + line("", "Broken store " + t, "DK", "", "no-colon", "");
        upload("DK", csv, "")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("4 of 5 lines were rejected"))
                .body("report.results.outcome", contains("created", "rejected", "rejected", "rejected", "rejected"))
                .body("report.results.column", contains(null, "contactEmail", "countryCode", "websites", "stores"));
        known("good-" + t + ".example", false);

        upload("DK", csv, "?partial=true")
                .statusCode(200)
                .body("written", equalTo(true))
                .body("created", equalTo(1))
                .body("rejected", equalTo(4));
        known("good-" + t + ".example", true);
    }

    @Test
    void aKnownRegistrationNumberUpdatesThatTraderAndTheHistorySaysImported() {
        String t = tag();
        String number = upload("AT", HEADER + line("", "Samen " + t, "AT", "samen-" + t + ".example", "", ""), "")
                .statusCode(200)
                .extract()
                .path("results[0].registrationNumber");
        upload("AT", HEADER + line(number, "Samen Renamed " + t, "AT", "samen-" + t + ".example", "", ""), "")
                .statusCode(200)
                .body("updated", equalTo(1));
        int id = given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("url", "samen-" + t + ".example")
                .get("/v1/traders")
                .then()
                .body("items[0].legalName", equalTo("Samen Renamed " + t))
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/traders/{id}/history", id)
                .then()
                .body("action", contains("imported", "imported"));
        upload("DE", HEADER + line(number, "Stolen " + t, "DE", "", "", ""), "")
                .statusCode(422)
                .body("report.results[0].column", equalTo("registrationNumber"))
                .body("report.results[0].reason", containsString("a trader of AT"));
    }

    @Test
    void manyLinesImportInOneRequest() {
        String t = tag();
        String csv = HEADER
                + IntStream.range(0, 1200)
                        .mapToObj(i -> line("", "Bulk " + t + " " + i, "PL", "bulk" + i + "-" + t + ".example", "", ""))
                        .collect(Collectors.joining());
        upload("PL", csv, "").statusCode(200).body("created", equalTo(1200)).body("results", hasSize(1200));
        known("bulk1199-" + t + ".example", true);
    }

    @Test
    void unknownColumnsAndOtherRolesAreRefused() {
        upload("FR", "legalName,countryCode,favouriteColour\nX,FR,blue\n", "")
                .statusCode(400)
                .body("detail", containsString("[favouriteColour]"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType("text/csv")
                .body(HEADER)
                .post("/v1/traders/import")
                .then()
                .statusCode(403);
    }

    @Test
    void aFileThatIsNotCsvOrHoldsControlCharactersIsRefusedAndWritesNothing() {
        upload("FR", "legalName,countryCode,productClasses\n\"Unclosed,FR,seeds\n", "")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("The file is not readable CSV"));
        upload("FR", "legalName,countryCode,productClasses\nGraines\u0000du Monde,FR,seeds\n", "")
                .statusCode(422)
                .body("report.results[0].outcome", equalTo("rejected"))
                .body("report.results[0].column", equalTo("legalName"))
                .body("report.results[0].reason", equalTo("contains a control character"));
    }
}
