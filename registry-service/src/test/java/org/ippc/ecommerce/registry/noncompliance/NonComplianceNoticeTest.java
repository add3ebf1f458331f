package org.ippc.ecommerce.registry.noncompliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NonComplianceNoticeTest {

    /** A trader of the country, registered by its NPPO, with a name and domain of its own. */
    private static int trader(String country) {
        String name = "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "legalName", name,
                        "tradingNames", List.of(),
                        "countryCode", country,
                        "websites", List.of("https://" + name + ".example"),
                        "stores", List.of(),
                        "productClasses", List.of("seeds"),
                        "shipToCountries", List.of()))
                .post("/v1/traders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> notice() {
        Map<String, Object> body = new HashMap<>();
        body.put("observedOn", LocalDate.now().minusDays(2).toString());
        body.put("reasons", List.of("undeclared-goods", "pest-detected"));
        body.put("action", "destroyed");
        body.put("goods", "About 200 tomato seeds in a padded envelope declared as a greeting card");
        body.put("pests", List.of("TOBRFV"));
        body.put("consignmentReference", "LX123456789FR");
        body.put("listingUrl", "https://www.etsy.com/listing/123");
        return body;
    }

    private static ValidatableResponse notify(String token, int trader, Map<String, Object> notice) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(notice)
                .post("/v1/traders/{id}/non-compliance-notices", trader)
                .then();
    }

    @Test
    void anNppoNotifiesWhatItFoundFromAnotherCountrysTraderAndEveryNppoReadsIt() {
        int trader = trader("FR");
        var created = notify(Tokens.nppo("AU"), trader, notice())
                .statusCode(201)
                .body("reportedByCountry", equalTo("AU"))
                .body("traderCountry", equalTo("FR"))
                .body("registrationNumber", notNullValue())
                .body("reasons", contains("undeclared-goods", "pest-detected"))
                .body("pests", contains("TOBRFV"))
                .extract();
        int id = created.path("id");
        assertThat(created.header("Location"), endsWith("/v1/traders/" + trader + "/non-compliance-notices/" + id));

        for (String reader : List.of(Tokens.nppo("FR"), Tokens.nppo("DE"), Tokens.secretariat())) {
            given().auth()
                    .oauth2(reader)
                    .get("/v1/traders/{t}/non-compliance-notices/{id}", trader, id)
                    .then()
                    .statusCode(200)
                    .body("goods", equalTo(notice().get("goods")))
                    .body("action", equalTo("destroyed"))
                    .body("consignmentReference", equalTo("LX123456789FR"));
        }
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .get("/v1/traders/{id}/non-compliance-notices", trader)
                .then()
                .body("items.id", contains(id))
                .body("next", nullValue());
    }

    @Test
    void theTradersNppoReadsWhatOtherCountriesFoundFromItsTraders() {
        int first = trader("NL");
        int second = trader("NL");
        int elsewhere = trader("BE");
        int a = notify(Tokens.nppo("NZ"), first, notice())
                .statusCode(201)
                .extract()
                .path("id");
        int b = notify(Tokens.nppo("AU"), second, notice())
                .statusCode(201)
                .extract()
                .path("id");
        int c = notify(Tokens.nppo("AU"), elsewhere, notice())
                .statusCode(201)
                .extract()
                .path("id");

        List<Integer> ofDutchTraders = given().auth()
                .oauth2(Tokens.nppo("NL"))
                .queryParam("traderCountry", "NL")
                .queryParam("limit", 200)
                .get("/v1/non-compliance-notices")
                .then()
                .statusCode(200)
                .body("items.traderCountry", everyItem(equalTo("NL")))
                .extract()
                .path("items.id");
        assertThat(ofDutchTraders, hasItem(a));
        assertThat(ofDutchTraders, hasItem(b));
        assertThat(ofDutchTraders, not(hasItem(c)));

        given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("traderCountry", "NL")
                .queryParam("reportedBy", "AU")
                .queryParam("limit", 200)
                .get("/v1/non-compliance-notices")
                .then()
                .body("items.id", hasItem(b))
                .body("items.id", not(hasItem(a)));
    }

    private static ValidatableResponse withdraw(String token, int trader, int id, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/traders/{t}/non-compliance-notices/{id}/withdrawal", trader, id)
                .then();
    }

    @Test
    void theNppoThatRecordedANoticeWithdrawsItAndItStaysMarked() {
        int trader = trader("FR");
        int id = notify(Tokens.nppo("AU"), trader, notice())
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> reason = Map.of("reason", "The parcel was another trader's.");

        withdraw(Tokens.nppo("FR"), trader, id, reason).statusCode(403);
        withdraw(Tokens.secretariat(), trader, id, reason).statusCode(403);
        withdraw(Tokens.nppo("AU"), trader, id, Map.of()).statusCode(400);
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .get("/v1/traders/{t}/non-compliance-notices/{id}", trader, id)
                .then()
                .body("withdrawnAt", nullValue());

        withdraw(Tokens.nppo("AU"), trader, id, reason)
                .statusCode(200)
                .body("withdrawnAt", notNullValue())
                .body("withdrawalReason", equalTo("The parcel was another trader's."));
        withdraw(Tokens.nppo("AU"), trader, id, reason).statusCode(409);
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .get("/v1/traders/{id}/non-compliance-notices", trader)
                .then()
                .body("items.id", contains(id))
                .body("items[0].withdrawalReason", equalTo("The parcel was another trader's."))
                .body("items[0].goods", equalTo(notice().get("goods")));
    }

    @Test
    void pagesFollowEachOther() {
        int trader = trader("IT");
        for (int i = 0; i < 3; i++) {
            notify(Tokens.nppo("US"), trader, notice()).statusCode(201);
        }
        String next = given().auth()
                .oauth2(Tokens.nppo("IT"))
                .queryParam("limit", 2)
                .get("/v1/traders/{id}/non-compliance-notices", trader)
                .then()
                .body("items", hasSize(2))
                .extract()
                .path("next");
        given().auth()
                .oauth2(Tokens.nppo("IT"))
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/v1/traders/{id}/non-compliance-notices", trader)
                .then()
                .body("items", hasSize(1))
                .body("next", nullValue());
    }

    @Test
    void onlyNpposNotifyAndOnlyNpposAndTheSecretariatRead() {
        int trader = trader("ES");
        for (String token : List.of(Tokens.secretariat(), Tokens.screener("dhl"), Tokens.rppo("EPPO"))) {
            notify(token, trader, notice()).statusCode(403);
        }
        given().contentType(ContentType.JSON)
                .body(notice())
                .post("/v1/traders/{id}/non-compliance-notices", trader)
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.screener("dhl"))
                .get("/v1/traders/{id}/non-compliance-notices", trader)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.nppo("ES"))
                .get("/v1/traders/{id}/non-compliance-notices", trader)
                .then()
                .body("items", empty());
    }

    @Test
    void badNoticesAreRefusedAndNothingIsRecorded() {
        int trader = trader("PT");
        Map<String, Object> future = notice();
        future.put("observedOn", LocalDate.now().plusDays(3).toString());
        notify(Tokens.nppo("BR"), trader, future).statusCode(400).body("violations.field", hasItem("observedOn"));
        Map<String, Object> unknownReason = notice();
        unknownReason.put("reasons", List.of("smelled-funny"));
        notify(Tokens.nppo("BR"), trader, unknownReason).statusCode(400);
        Map<String, Object> noReason = notice();
        noReason.put("reasons", List.of());
        notify(Tokens.nppo("BR"), trader, noReason).statusCode(400);
        Map<String, Object> unknownAction = notice();
        unknownAction.put("action", "ignored");
        notify(Tokens.nppo("BR"), trader, unknownAction).statusCode(400);
        Map<String, Object> noGoods = notice();
        noGoods.remove("goods");
        notify(Tokens.nppo("BR"), trader, noGoods).statusCode(400).body("violations.field", hasItem("goods"));
        notify(Tokens.nppo("BR"), 987654321, notice()).statusCode(404);

        given().auth()
                .oauth2(Tokens.nppo("PT"))
                .get("/v1/traders/{id}/non-compliance-notices", trader)
                .then()
                .body("items", empty());
        given().auth()
                .oauth2(Tokens.nppo("PT"))
                .get("/v1/traders/{id}/non-compliance-notices", 987654321)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.nppo("PT"))
                .get("/v1/traders/{t}/non-compliance-notices/{id}", trader, 987654321)
                .then()
                .statusCode(404);
    }

    @Test
    void theSameNoticeSentAgainWithItsKeyIsRecordedOnce() {
        int trader = trader("GR");
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth()
                    .oauth2(Tokens.nppo("CY"))
                    .header("Idempotency-Key", key)
                    .contentType(ContentType.JSON)
                    .body(notice())
                    .post("/v1/traders/{id}/non-compliance-notices", trader)
                    .then()
                    .statusCode(201);
        }
        given().auth()
                .oauth2(Tokens.nppo("GR"))
                .get("/v1/traders/{id}/non-compliance-notices", trader)
                .then()
                .body("items", hasSize(1));
    }
}
