package org.ippc.ecommerce.registry.conventions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Counters;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** What the registry does for its users is counted: screened items by verdict, imported lines by outcome. */
@QuarkusTest
class BusinessMetricsTest {

    @Test
    void screenedItemsAreCountedByVerdict() {
        double before = Counters.sum("ippc_screening_items_total", "verdict=");
        given().auth()
                .oauth2(Tokens.screener("metrics-test"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "items",
                        List.of(
                                Map.of("id", "a", "title", "Garden gloves, size M", "destinationCountry", "AU"),
                                Map.of("id", "b", "title", "Ceramic flower pot", "destinationCountry", "NZ"))))
                .post("/v1/screenings")
                .then()
                .statusCode(200);
        assertEquals(before + 2, Counters.sum("ippc_screening_items_total", "verdict="));
    }

    @Test
    void importedLinesAreCountedByOutcome() {
        double before = Counters.sum("ippc_trader_import_lines_total", "outcome=\"created\",written=\"false\"");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        given().auth()
                .oauth2(Tokens.nppo("PT"))
                .contentType("text/csv; charset=UTF-8")
                .body("legalName,websites,productClasses\nCounted " + tag + ",counted-" + tag + ".example,seeds\n")
                .post("/v1/traders/import?dryRun=true")
                .then()
                .statusCode(200);
        assertEquals(
                before + 1, Counters.sum("ippc_trader_import_lines_total", "outcome=\"created\",written=\"false\""));
    }
}
