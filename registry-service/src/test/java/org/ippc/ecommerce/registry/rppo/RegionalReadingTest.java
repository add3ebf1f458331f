package org.ippc.ecommerce.registry.rppo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.registry.testing.NetworkStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An RPPO reads the traders, notices and screening statistics of its member countries (network-service's, stubbed
 * in {@link NetworkStub}): EPPO's are FR, DE and the associate TR; not KZ (unconfirmed) nor US.
 */
@QuarkusTest
class RegionalReadingTest {
    private static final String EPPO = Tokens.rppo("EPPO");

    private final String tag = "x" + UUID.randomUUID().toString().substring(0, 7);
    private int french;
    private int american;

    private int register(String country, String name) {
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .contentType(ContentType.JSON)
                .body(Map.of("legalName", name, "countryCode", country, "productClasses", List.of("seeds")))
                .post("/v1/traders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void notice(int trader) {
        given().auth()
                .oauth2(Tokens.nppo("DE"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "observedOn",
                        LocalDate.now().toString(),
                        "reasons",
                        List.of("undeclared-goods"),
                        "action",
                        "destroyed",
                        "goods",
                        "Seeds in an envelope"))
                .post("/v1/traders/{id}/non-compliance-notices", trader)
                .then()
                .statusCode(201);
    }

    private static ValidatableResponse read(String token, String path, Object... parameters) {
        return given().auth().oauth2(token).get(path, parameters).then();
    }

    @BeforeEach
    void registerTradersInAndOutOfTheRegion() {
        french = register("FR", "Semences " + tag);
        american = register("US", "Seeds " + tag);
        notice(french);
        notice(american);
    }

    @Test
    void anRppoReadsTheTradersOfItsMemberCountriesOnly() {
        read(EPPO, "/v1/traders?q=" + tag).statusCode(200).body("items.id", contains(french));
        read(EPPO, "/v1/traders?country=TR").statusCode(200);
        read(EPPO, "/v1/traders?country=US")
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("EPPO reads the records of its member countries, and US is not one"));
        read(EPPO, "/v1/traders?country=KZ").statusCode(403);
        read(EPPO, "/v1/traders/{id}", french).statusCode(200).header("ETag", notNullValue());
        read(EPPO, "/v1/traders/{id}/history", french).statusCode(200);
        read(EPPO, "/v1/traders/{id}", american).statusCode(403);
        read(EPPO, "/v1/traders/{id}/history", american).statusCode(403);

        String csv = given().auth()
                .oauth2(EPPO)
                .accept("text/csv")
                .get("/v1/traders?q=" + tag)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(2, csv.lines().count(), csv);
        assertTrue(csv.contains("Semences " + tag), csv);
    }

    @Test
    void anRppoReadsTheNoticesOnTheTradersOfItsMemberCountries() {
        read(EPPO, "/v1/non-compliance-notices?limit=200")
                .statusCode(200)
                .body("items.traderId", hasItem(french))
                .body("items.traderId", not(hasItem(american)));
        read(EPPO, "/v1/non-compliance-notices?traderCountry=US").statusCode(403);
        read(EPPO, "/v1/traders/{id}/non-compliance-notices", french)
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1));
        read(EPPO, "/v1/traders/{id}/non-compliance-notices", american).statusCode(403);
    }

    @Test
    void anRppoCountsTheItemsBoundForItsMemberCountries() {
        given().auth()
                .oauth2(Tokens.screener("courier-" + tag))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "items",
                        List.of(
                                Map.of("id", "1", "title", "Book", "destinationCountry", "DE"),
                                Map.of("id", "2", "title", "Book", "destinationCountry", "US"))))
                .post("/v1/screenings")
                .then()
                .statusCode(200);
        read(EPPO, "/v1/screenings/stats")
                .statusCode(200)
                .body("rows.destinationCountry", hasItem("DE"))
                .body("rows.destinationCountry", everyItem(in(List.of("FR", "DE", "TR"))));
        read(EPPO, "/v1/screenings/stats?destination=US").statusCode(403);
    }

    @Test
    void withoutNetworkServiceAnRppoNeverReadHereGetsA503NotAnEmptyList() {
        read(Tokens.rppo("NAPPO"), "/v1/traders")
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("network-service"));
    }

    @Test
    void whenNetworkServiceGoesAwayTheMembersLastReadStillServe() throws InterruptedException {
        String cosave = Tokens.rppo("COSAVE");
        read(cosave, "/v1/traders?country=AR").statusCode(200);
        Thread.sleep(300); // older than the test profile's refresh-after: the next read asks network-service again
        read(cosave, "/v1/traders?country=AR").statusCode(200);
        read(cosave, "/v1/traders?country=US").statusCode(403);
        assertTrue(NetworkStub.readsOf("COSAVE") >= 2, "the members were not asked for again");
    }
}
