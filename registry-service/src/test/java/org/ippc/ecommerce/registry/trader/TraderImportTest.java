package org.ippc.ecommerce.registry.trader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TraderImportTest {
    private static final String HEADER = "registrationNumber,legalName,tradingNames,countryCode,address,contactEmail,"
            + "contactPhone,businessRegisterNumber,websites,stores,productClasses,shipToCountries,complianceNotes\n";

    /** A word no other test's trader has: it begins with a letter, so it is never taken for a near number. */
    private static String tag() {
        return "x" + UUID.randomUUID().toString().substring(0, 7);
    }

    private static String line(String number, String name, String country, String site, String store, String email) {
        return "%s,%s,,%s,,%s,,,%s,%s,seeds,,\n".formatted(number, name, country, email, site, store);
    }

    static ValidatableResponse upload(String country, String csv, String query) {
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .contentType("text/csv; charset=UTF-8")
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
    void eachWebsiteIsCheckedBeforeAnythingIsWrittenAndALineWithoutCountryIsTheImporters() {
        String t = tag();
        String csv = "legalName,websites,productClasses\n"
                + "Own site " + t + ",own-" + t + ".example,seeds\n"
                + "Not a site " + t + ",not a site,seeds\n"
                + "Marketplace " + t + ",https://www.etsy.com/shop/M" + t + ",seeds\n"
                + "Public suffix " + t + ",com.au,seeds\n";
        upload("PT", csv, "?dryRun=true")
                .statusCode(200)
                .body("results.outcome", contains("created", "rejected", "rejected", "rejected"))
                .body("results.column", contains(null, "websites", "websites", "websites"))
                .body("results[2].reason", containsString("etsy.com is a marketplace (etsy)"));
        upload("PT", csv, "?partial=true")
                .statusCode(200)
                .body("created", equalTo(1))
                .body("rejected", equalTo(3));
        given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("url", "own-" + t + ".example")
                .get("/v1/traders")
                .then()
                .body("items[0].countryCode", equalTo("PT"))
                .body("items[0].registrationNumber", startsWith("PT-"));
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
    void theExportReimportedWritesNothingAndOnlyChangedLinesAreWritten() {
        String t = tag();
        String site = "zwiebel-" + t + ".example";
        int id = given().auth()
                .oauth2(Tokens.nppo("AT"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "legalName", "Zwiebel " + t,
                        "tradingNames", List.of("=Zwiebelhof"),
                        "countryCode", "AT",
                        "contactPhone", "+43 1 234 56 78",
                        "websites", List.of("https://www." + site + "/shop"),
                        "stores",
                                List.of(Map.of(
                                        "platform", "etsy",
                                        "storeId", "zwiebel" + t,
                                        "storeUrl", "https://etsy.example/shop/zwiebel" + t)),
                        "productClasses", List.of("bulbs-tubers"),
                        "shipToCountries", List.of("AT", "DE")))
                .post("/v1/traders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String exported = given().auth()
                .oauth2(Tokens.nppo("AT"))
                .accept("text/csv")
                .queryParam("url", site)
                .get("/v1/traders")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String etag = etag(id);

        assertThat(exported, containsString("'+43 1 234 56 78"));
        // The export's apostrophes before formula characters are dropped again; the file has no store
        // addresses, so the store keeps its own.
        for (String query : List.of("?dryRun=true", "")) {
            upload("AT", exported, query)
                    .statusCode(200)
                    .body("results[0].outcome", equalTo("unchanged"))
                    .body("unchanged", equalTo(1))
                    .body("updated", equalTo(0));
        }
        assertEquals(etag, etag(id));
        // A new website alone is a change of the trader: a new version, so that an edit begun before it fails.
        upload("AT", exported.replace(site, site + ";zwiebeln-" + t + ".example"), "")
                .statusCode(200)
                .body("results[0].outcome", equalTo("updated"));
        assertNotEquals(etag, etag(id));
        given().auth()
                .oauth2(Tokens.nppo("AT"))
                .get("/v1/traders/{id}", id)
                .then()
                .body("websites", contains(site, "zwiebeln-" + t + ".example"))
                .body("tradingNames", contains("=Zwiebelhof"))
                .body("contactPhone", equalTo("+43 1 234 56 78"))
                .body("stores[0].storeUrl", equalTo("https://etsy.example/shop/zwiebel" + t));
        given().auth()
                .oauth2(Tokens.nppo("AT"))
                .get("/v1/traders/{id}/history", id)
                .then()
                .body("action", contains("registered", "imported"))
                .body("[1].changes.keySet()", contains("websites"));
    }

    private static String etag(int id) {
        return given().auth()
                .oauth2(Tokens.nppo("AT"))
                .get("/v1/traders/{id}", id)
                .then()
                .extract()
                .header("ETag");
    }

    @Test
    void manyLinesImportInOneRequestAndExportWhole() {
        String t = tag();
        // More lines than a chunk of either pass, the check and the write, and than a page of the export.
        String csv = HEADER
                + IntStream.range(0, 2600)
                        .mapToObj(i -> line("", "Bulk " + t + " " + i, "PL", "bulk" + i + "-" + t + ".example", "", ""))
                        .collect(Collectors.joining());
        upload("PL", csv, "").statusCode(200).body("created", equalTo(2600)).body("results", hasSize(2600));
        known("bulk2599-" + t + ".example", true);

        String exported = given().auth()
                .oauth2(Tokens.nppo("PL"))
                .accept("text/csv")
                .queryParam("q", t)
                .get("/v1/traders")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> rows = exported.strip().lines().skip(1).toList();
        assertEquals(2600, rows.size());
        Pattern name = Pattern.compile("Bulk " + t + " \\d+");
        assertEquals(
                IntStream.range(0, 2600).mapToObj(i -> "Bulk " + t + " " + i).collect(Collectors.toSet()),
                rows.stream()
                        .map(row -> name.matcher(row)
                                .results()
                                .findFirst()
                                .orElseThrow()
                                .group())
                        .collect(Collectors.toSet()));
    }

    @Test
    void anImportedTraderReadsBackAsWrittenAndKeysInterleaveWithRegistrations() {
        String t = tag();
        String name =
                "Graines \"du\" Monde, back\\slash {brace} 'l\u2019apostrophe' \u79cd\u5b50 \u0628\u0630\u0648\u0631 "
                        + t;
        String address = "1 rue des Jardins\nAngers, \"Maine-et-Loire\"";
        String csv = HEADER
                + "%s,%s,%s,BE,%s,,,,https://awkward-%s.example/,etsy:Awk%s,seeds;bulbs-tubers,FR;DE,%s\n"
                        .formatted(
                                "",
                                quoted(name),
                                quoted("Comma, Name;Quote \"Q\";Back\\slash"),
                                quoted(address),
                                t,
                                t,
                                quoted("NULL"));
        upload("BE", csv, "").statusCode(200).body("created", equalTo(1));

        Map<String, Object> trader = given().auth()
                .oauth2(Tokens.nppo("BE"))
                .queryParam("url", "awkward-" + t + ".example")
                .get("/v1/traders")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0]");
        assertEquals(name, trader.get("legalName"));
        given().auth()
                .oauth2(Tokens.nppo("BE"))
                .queryParam("q", "Grains Monde " + t)
                .get("/v1/traders")
                .then()
                .body("items.id", contains(trader.get("id")));
        assertEquals(List.of("Comma, Name", "Quote \"Q\"", "Back\\slash"), trader.get("tradingNames"));
        assertEquals(address, trader.get("address"));
        assertEquals("NULL", trader.get("complianceNotes"));
        assertNull(trader.get("contactEmail"));
        assertEquals(List.of("awkward-" + t + ".example"), trader.get("websites"));
        assertEquals(List.of("seeds", "bulbs-tubers"), trader.get("productClasses"));
        // Its history holds every field it was created with, from nothing, as a registration's does.
        Map<String, Object> read = given().auth()
                .oauth2(Tokens.nppo("BE"))
                .get("/v1/traders/{id}", trader.get("id"))
                .then()
                .statusCode(200)
                .extract()
                .as(new TypeRef<>() {});
        Map<String, List<Object>> created = new HashMap<>();
        read.forEach((field, value) -> {
            if (value != null) {
                created.put(field, Arrays.asList(null, value));
            }
        });
        Map<String, List<Object>> recorded = given().auth()
                .oauth2(Tokens.nppo("BE"))
                .get("/v1/traders/{id}/history", trader.get("id"))
                .then()
                .statusCode(200)
                .body("action", contains("imported"))
                .body("[0].changes.legalName[1]", equalTo(name))
                .extract()
                .path("[0].changes");
        assertEquals(created, recorded);

        // Keys drawn by the import and by single registrations never meet.
        for (int round = 0; round < 3; round++) {
            given().auth()
                    .oauth2(Tokens.nppo("BE"))
                    .contentType("application/json")
                    .body(Map.of(
                            "legalName", "Single " + t + " " + round,
                            "tradingNames", List.of(),
                            "countryCode", "BE",
                            "websites", List.of("single" + round + "-" + t + ".example"),
                            "stores", List.of(),
                            "productClasses", List.of("seeds"),
                            "shipToCountries", List.of()))
                    .post("/v1/traders")
                    .then()
                    .statusCode(201);
            upload(
                            "BE",
                            HEADER
                                    + line(
                                            "",
                                            "Bulk " + t + " " + round,
                                            "BE",
                                            "bulk" + round + "-" + t + ".example",
                                            "",
                                            ""),
                            "")
                    .statusCode(200)
                    .body("created", equalTo(1));
        }
    }

    private static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
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
