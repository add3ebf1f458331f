package org.ippc.ecommerce.registry.screening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Parcel declarations as couriers send them: a sender's name and country, rarely a URL. */
@QuarkusTest
class SenderScreeningTest {
    private final String tag = "x" + UUID.randomUUID().toString().substring(0, 7);

    private String register(String country, String legalName, List<String> tradingNames) {
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "legalName", legalName,
                        "tradingNames", tradingNames,
                        "countryCode", country,
                        "productClasses", List.of("seeds")))
                .post("/v1/traders")
                .then()
                .statusCode(201)
                .extract()
                .path("registrationNumber");
    }

    private static ValidatableResponse screen(Map<String, Object> batch) {
        return given().auth()
                .oauth2(Tokens.screener("courier-test"))
                .contentType(ContentType.JSON)
                .body(batch)
                .post("/v1/screenings")
                .then();
    }

    private static Map<String, Object> declaration(String id, Map<String, Object> sender) {
        Map<String, Object> item = new HashMap<>();
        item.put("id", id);
        item.put("title", "Gift: printed T-shirt");
        item.put("destinationCountry", "NO");
        item.put("sender", sender);
        return item;
    }

    private static Map<String, Object> sender(String name, String country) {
        Map<String, Object> sender = new HashMap<>();
        sender.put("name", name);
        sender.put("address", "Havnegade 4, 1058 København");
        sender.put("countryCode", country);
        return sender;
    }

    @Test
    void aSenderIsFoundByItsNameAmongTheTradersOfItsCountry() {
        String number = register("DK", "Nordisk Frø og Planter ApS " + tag, List.of("NFP Seeds " + tag));
        register("SE", "Svenska Fröer AB " + tag, List.of());

        screen(Map.of(
                        "items",
                        List.of(
                                declaration("spelled-otherwise", sender("NORDISK FRØ & PLANTER " + tag, "DK")),
                                declaration("trading-name", sender("NFP-Seeds " + tag, "DK")),
                                declaration("misspelled", sender("Nordsk Fro og Planter " + tag, "DK")),
                                declaration("no-country", sender("Nordisk Frø og Planter ApS " + tag, null)),
                                declaration("other-country", sender("Nordisk Frø og Planter ApS " + tag, "SE")),
                                declaration("no-sender", null))))
                .statusCode(200)
                .body("items.seller.registrationNumber", contains(number, number, number, null, null, null))
                .body("items.seller.foundBy", contains("sender-name", "sender-name", "sender-name", null, null, null))
                .body(
                        "items.seller.status",
                        contains("registered", "registered", "registered", "unknown", "unknown", "unknown"))
                .body("items[0].seller.matchedName", equalTo("Nordisk Frø og Planter ApS " + tag))
                .body("items[1].seller.matchedName", equalTo("NFP Seeds " + tag))
                .body("items[1].seller.score", equalTo(1.0f))
                .body("items[0..2].seller.score", everyItem(greaterThanOrEqualTo(0.5f)));
    }

    @Test
    void aSenderNamedOnManyParcelsIsFoundForEachOfThem() {
        String fjord = register("NO", "Fjord Hagesenter AS " + tag, List.of());
        String tromso = register("NO", "Tromsø Frø og Løk " + tag, List.of());
        List<Map<String, Object>> parcels = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = List.of("Fjord Hagesenter AS ", "TROMSØ FRØ OG LØK ", "Nobody Registered ")
                    .get(i % 3);
            parcels.add(declaration("parcel-" + i, sender(name + tag, "NO")));
        }

        screen(Map.of("items", parcels))
                .statusCode(200)
                .body("items.id", contains("parcel-0", "parcel-1", "parcel-2", "parcel-3", "parcel-4", "parcel-5"))
                .body("items.seller.registrationNumber", contains(fjord, tromso, null, fjord, tromso, null))
                .body(
                        "items.seller.matchedName",
                        contains(
                                "Fjord Hagesenter AS " + tag,
                                "Tromsø Frø og Løk " + tag,
                                null,
                                "Fjord Hagesenter AS " + tag,
                                "Tromsø Frø og Løk " + tag,
                                null));
    }

    @Test
    void aSenderIsNotTakenForATraderWhoseDistinctiveNameItLacks() {
        String muller = register("AT", "Samenhaus Müller " + tag + " GmbH", List.of());

        screen(Map.of(
                        "items",
                        List.of(
                                declaration("other-business", sender("Samenhaus Krüger " + tag + " GmbH", "AT")),
                                declaration("form-left-out", sender("SAMENHAUS MUELLER " + tag, "AT")),
                                declaration("accents-left-out", sender("Samenhaus Muller " + tag + " GmbH", "AT")))))
                .statusCode(200)
                .body("items.seller.registrationNumber", contains(null, muller, muller));
    }

    @Test
    void aLegalFormTellsNoTraderApartHoweverItIsWritten() {
        String almendral = register("ES", "Viveros Almendral " + tag + " S.L.", List.of());
        String midori = register("JP", "株式会社みどり種苗 " + tag, List.of());

        screen(Map.of(
                        "items",
                        List.of(
                                declaration(
                                        "spelled-out", sender("Viveros Almendral " + tag + " Sociedad Limitada", "ES")),
                                declaration("form-after-the-name", sender("みどり種苗株式会社 " + tag, "JP")),
                                declaration("form-abbreviated", sender("(株)みどり種苗 " + tag, "JP")),
                                declaration("other-business", sender("株式会社みどり園芸 " + tag, "JP")))))
                .statusCode(200)
                .body("items.seller.registrationNumber", contains(almendral, midori, midori, null));
    }

    @Test
    void aLegalFormSpelledAlikeDoesNotMakeAnotherTraderTheSender() {
        register("PE", "Viveros Almendral " + tag + " S.L.", List.of());
        register("PE", "Viveros Almendros " + tag + " Sociedad Limitada", List.of());

        screen(Map.of(
                        "items",
                        List.of(declaration(
                                "form-of-the-other", sender("Viveros Almendral " + tag + " Sociedad Limitada", "PE")))))
                .statusCode(200)
                .body("items[0].seller.status", equalTo("unknown"));
    }

    @Test
    void aNameInCyrillicIsFoundWrittenInLatinLetters() {
        String povolzhye = register("RU", "ООО «Семена Поволжья» " + tag, List.of());

        screen(Map.of(
                        "items",
                        List.of(
                                declaration("transliterated", sender("OOO Semena Povolzhya " + tag, "RU")),
                                declaration("other-business", sender("OOO Semena Sibiri " + tag, "RU")))))
                .statusCode(200)
                .body("items.seller.registrationNumber", contains(povolzhye, null))
                .body("items[0].seller.matchedName", equalTo("ООО «Семена Поволжья» " + tag));
    }

    @Test
    void twoTradersNamedAlikeAreNotToldApartByAName() {
        register("FI", "Baltic Seeds " + tag + " North", List.of());
        register("FI", "Baltic Seeds " + tag + " South", List.of());
        String lapland = register("FI", "Lapland Bulbs " + tag, List.of());

        screen(Map.of("items", List.of(declaration("alike", sender("Baltic Seeds " + tag, "FI")))))
                .statusCode(200)
                .body("items[0].seller.status", equalTo("unknown"))
                .body("items[0].seller.score", nullValue());

        Map<String, Object> withUrl = declaration("url-first", sender("Lapland Bulbs " + tag, "FI"));
        withUrl.put("sellerUrl", "https://unregistered-" + tag + ".example/");
        screen(Map.of("items", List.of(withUrl, declaration("name", sender("Lapland Bulbs " + tag, "FI")))))
                .statusCode(200)
                .body("items.seller.registrationNumber", contains(null, lapland))
                .body("items[1].seller.score", equalTo(1.0f));
    }
}
