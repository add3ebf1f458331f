package org.ippc.ecommerce.registry.trader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.net.IDN;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TraderResourceTest {

    /** A word no other test's trader has: it begins with a letter, so it is never taken for a near number. */
    private static String tag() {
        return "x" + UUID.randomUUID().toString().substring(0, 7);
    }

    private static Map<String, Object> trader(String name, String country, String domain, String storeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("legalName", name);
        body.put("tradingNames", List.of(name + " Shop"));
        body.put("countryCode", country);
        body.put("address", "1 rue des Semences, Angers");
        body.put("contactEmail", "contact@" + domain);
        body.put("contactPhone", "+33 2 00 00 00 00");
        body.put("businessRegisterNumber", "FR12345678901");
        body.put("websites", List.of("https://www." + domain + "/?utm_source=x"));
        body.put(
                "stores",
                List.of(Map.of(
                        "platform", "Etsy", "storeId", storeId, "storeUrl", "https://etsy.example/shop/" + storeId)));
        body.put("productClasses", List.of("seeds", "bulbs-tubers"));
        body.put("shipToCountries", List.of("FR", "DE"));
        body.put("complianceNotes", "Two interceptions of tomato seeds in 2025.");
        return body;
    }

    private static ValidatableResponse register(String country, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/traders")
                .then();
    }

    private static ValidatableResponse replace(String country, int id, String etag, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/v1/traders/{id}", id)
                .then();
    }

    /** The public verification of a seller's address. */
    private static ValidatableResponse verification(String url) {
        return given().queryParam("url", url).get("/v1/verification").then();
    }

    private static int registered(String country, Map<String, Object> body) {
        return register(country, body).statusCode(201).extract().path("id");
    }

    @Test
    void anNppoRegistersATraderOfItsCountryAndEveryNppoReadsIt() {
        String t = tag();
        Map<String, Object> body = trader("Graines " + t, "FR", t + "-graines.example", "graines" + t);
        body.put("websites", List.of("https://www." + t + "-graines.example/", "https://ŝtono-" + t + ".example"));
        body.put(
                "stores",
                List.of(
                        Map.of("platform", "Etsy", "storeId", "graines" + t),
                        Map.of("platform", "ebay", "storeId", "graines-" + t, "storeUrl", "https://ebay.example/")));
        body.remove("complianceNotes");
        ExtractableResponse<Response> created = register("FR", body)
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("registrationNumber", matchesPattern("FR-[0-9]{7}"))
                .body("status", equalTo("registered"))
                .body("websites", contains(t + "-graines.example", "ŝtono-" + t + ".example"))
                .body("stores.platform", contains("etsy", "ebay"))
                .body("complianceNotes", nullValue())
                .extract();
        int id = created.path("id");
        Map<String, Object> read = given().auth()
                .oauth2(Tokens.nppo("DE"))
                .get("/v1/traders/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .extract()
                .as(new TypeRef<>() {});
        assertThat(read, equalTo(created.as(new TypeRef<Map<String, Object>>() {})));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/traders/{id}", id)
                .then()
                .statusCode(200);
        for (String token : List.of(Tokens.screener("dhl"), Tokens.contributor("x"))) {
            given().auth().oauth2(token).get("/v1/traders/{id}", id).then().statusCode(403);
            given().auth().oauth2(token).get("/v1/traders").then().statusCode(403);
        }
        given().get("/v1/traders").then().statusCode(401);
    }

    @Test
    void anNppoRegistersOnlyTradersEstablishedInItsCountry() {
        String t = tag();
        register("DE", trader("Samen " + t, "FR", t + "-samen.example", "samen" + t))
                .statusCode(403)
                .body("detail", containsString("NPPO of FR"));
        verification(t + "-samen.example").body("known", equalTo(false));
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(trader("Samen " + t, "FR", t + "-samen.example", "samen" + t))
                .post("/v1/traders")
                .then()
                .statusCode(403);
    }

    @Test
    void suppliedRegistrationNumbersAreValidatedAndUnique() {
        String t = tag();
        String number = "NL-" + String.format("%07d", Math.abs(t.hashCode()) % 10_000_000);
        Map<String, Object> body = trader("Bloembollen " + t, "NL", t + "-bollen.example", "bollen" + t);
        body.put("registrationNumber", number);
        register("NL", body).statusCode(201).body("registrationNumber", equalTo(number));

        Map<String, Object> again = trader("Other " + t, "NL", t + "-other.example", "other" + t);
        again.put("registrationNumber", number);
        register("NL", again).statusCode(409).body("detail", containsString(number));
        again.put("registrationNumber", "BE-1234567");
        register("NL", again).statusCode(400).body("detail", containsString("NL-"));
        again.put("registrationNumber", "NL-12");
        register("NL", again).statusCode(400).body("violations[0].field", equalTo("registrationNumber"));
    }

    @Test
    void presencesAreNormalizedAndHeldByOneTraderOnly() {
        String t = tag();
        Map<String, Object> first = trader("Rare Seeds " + t, "FR", "Shop-" + t + ".example", "Rare" + t);
        String number = register("FR", first).statusCode(201).extract().path("registrationNumber");

        Map<String, Object> sameSite = trader("Copycat " + t, "FR", "copy-" + t + ".example", "copy" + t);
        sameSite.put("websites", List.of("http://shop-" + t + ".example/catalogue/"));
        register("FR", sameSite).statusCode(409).body("detail", containsString("held by trader " + number));

        Map<String, Object> sameStore = trader("Copycat " + t, "DE", "copy-" + t + ".example", "RARE" + t);
        register("DE", sameStore).statusCode(409).body("detail", containsString(number));

        Map<String, Object> notAUrl = trader("Broken " + t, "FR", "broken-" + t + ".example", "broken" + t);
        notAUrl.put("websites", List.of("not a website"));
        register("FR", notAUrl).statusCode(400);
    }

    @Test
    void aWebsiteIsTheTradersOwnDomainNeitherAMarketplaceNorAPublicSuffix() {
        String t = tag();
        Map<String, Object> onEtsy = trader("On Etsy " + t, "FR", "on-etsy-" + t + ".example", "OnEtsy" + t);
        onEtsy.put("websites", List.of("https://www.etsy.com/shop/OnEtsy" + t));
        register("FR", onEtsy)
                .statusCode(400)
                .body("violations[0].field", equalTo("websites[0].<list element>"))
                .body("violations[0].message", containsString("etsy.com is a marketplace (etsy)"));
        Map<String, Object> onAliExpressSubdomain = trader("Ali " + t, "FR", "ali-" + t + ".example", "Ali" + t);
        onAliExpressSubdomain.put("websites", List.of("fr.aliexpress.com/store/" + t));
        register("FR", onAliExpressSubdomain)
                .statusCode(400)
                .body("violations[0].message", containsString("(aliexpress)"));
        for (String suffix : List.of("co.uk", "https://github.io/", "myshopify.com")) {
            Map<String, Object> onSuffix = trader("Suffix " + t, "FR", "suffix-" + t + ".example", "Suffix" + t);
            onSuffix.put("websites", List.of(suffix));
            register("FR", onSuffix)
                    .statusCode(400)
                    .body("violations[0].message", containsString("is a public suffix"));
        }
        verification("https://www.etsy.com/shop/Another" + t).body("known", equalTo(false));
        onEtsy.put("websites", List.of());
        String number = register("FR", onEtsy).statusCode(201).extract().path("registrationNumber");
        verification("https://www.etsy.com/shop/onetsy" + t + "?ref=shop_home")
                .body("trader.registrationNumber", equalTo(number));
        given().auth()
                .oauth2(Tokens.nppo("DE"))
                .queryParam("url", "etsy.com/shop/OnEtsy" + t)
                .get("/v1/traders")
                .then()
                .body("items.registrationNumber", contains(number));
        verification("https://www.etsy.com/listing/12345/seeds")
                .statusCode(400)
                .body("detail", containsString("on the marketplace etsy but names no store"));

        Map<String, Object> onAmazon = trader("On Amazon " + t, "DE", "on-amazon-" + t + ".example", "A" + t);
        onAmazon.put("websites", List.of());
        onAmazon.put("stores", List.of(Map.of("platform", "amazon", "storeId", "A" + t.toUpperCase())));
        String amazonNumber = register("DE", onAmazon).statusCode(201).extract().path("registrationNumber");
        given().queryParam(
                        "url", "https://www.amazon.de/sp?ie=UTF8&seller=A" + t.toUpperCase() + "&isAmazonFulfilled=1")
                .get("/v1/verification")
                .then()
                .body("trader.registrationNumber", equalTo(amazonNumber));
        // Its storefront and a listing with its offer name the seller too; a listing alone names no one.
        verification("https://www.amazon.de/s?me=A" + t.toUpperCase() + "&marketplaceID=A1PA6795UKMFR9")
                .body("trader.registrationNumber", equalTo(amazonNumber));
        verification("https://www.amazon.fr/dp/B0C1D2E3F4?smid=A" + t.toUpperCase() + "&th=1")
                .body("trader.registrationNumber", equalTo(amazonNumber));
        verification("https://www.amazon.fr/dp/B0C1D2E3F4?th=1")
                .statusCode(400)
                .body("detail", containsString("on the marketplace amazon but names no store"));

        Map<String, Object> ownShop = trader("Own Shop " + t, "GB", "own-" + t + ".example", "Own" + t);
        ownShop.put("websites", List.of("https://own-" + t + ".myshopify.com/", "own-" + t + ".co.uk"));
        registered("GB", ownShop);
        verification("https://own-" + t + ".co.uk/products/1").body("known", equalTo(true));
        verification("https://another-" + t + ".co.uk/").body("known", equalTo(false));
    }

    @Test
    void anAddressIsVerifiedAsTheTraderOfItsMostSpecificRegisteredDomain() {
        String t = tag();
        registered("FR", trader("Parent " + t, "FR", "parent-" + t + ".example", "Parent" + t));
        Map<String, Object> child = trader("Child " + t, "FR", "child-" + t + ".example", "Child" + t);
        child.put("websites", List.of("eu.parent-" + t + ".example"));
        String childNumber = register("FR", child).statusCode(201).extract().path("registrationNumber");
        verification("https://eu.parent-" + t + ".example/p/1").body("trader.registrationNumber", equalTo(childNumber));
        verification("https://shop.eu.parent-" + t + ".example/")
                .body("trader.registrationNumber", equalTo(childNumber));
        verification("https://us.parent-" + t + ".example/").body("trader.name", equalTo("Parent " + t));
    }

    @Test
    void aWebsiteWithAnInternationalizedNameIsFoundByEitherSpelling() {
        String t = tag();
        Map<String, Object> body = trader("Семена " + t, "RU", "semena-" + t + ".example", "Semena" + t);
        body.put("websites", List.of("https://www.семена-" + t + ".рф/каталог"));
        registered("RU", body);
        String ascii = IDN.toASCII("семена-" + t + ".рф");
        for (String url :
                List.of("семена-" + t + ".рф", "https://" + ascii + "/p/1", "https://ШОП.семена-" + t + ".рф")) {
            verification(url).body("known", equalTo(true)).body("trader.name", equalTo("Семена " + t));
        }
        given().auth()
                .oauth2(Tokens.nppo("RU"))
                .queryParam("url", ascii)
                .get("/v1/traders")
                .then()
                .body("items[0].websites", contains("семена-" + t + ".рф"));
    }

    @Test
    void officersFindTradersByMisspelledNameByAnyUrlAndByStoreId() {
        String t = tag();
        int id = registered("FR", trader("Pepiniere Vandermeulen " + t, "FR", "vdm-" + t + ".example", "VdM" + t));

        given().auth()
                .oauth2(Tokens.nppo("ES"))
                .queryParam("q", "Pepinierre Vandermeullen " + t)
                .get("/v1/traders")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(id));
        for (String url : List.of(
                "https://www.VDM-" + t + ".example/p/123?utm=x",
                "vdm-" + t + ".example",
                "https://eu.vdm-" + t + ".example/")) {
            given().auth()
                    .oauth2(Tokens.secretariat())
                    .queryParam("url", url)
                    .get("/v1/traders")
                    .then()
                    .body("items.id", contains(id));
        }
        given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("storeId", "vdm" + t)
                .get("/v1/traders")
                .then()
                .body("items.id", contains(id));
        given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("storeId", "vdm" + t)
                .queryParam("platform", "ebay")
                .get("/v1/traders")
                .then()
                .body("items", empty());
        given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("url", "%%%")
                .get("/v1/traders")
                .then()
                .statusCode(400);
    }

    @Test
    void aVerySimilarNameInTheSameCountryIsWarnedOf() {
        String t = tag();
        String number = register("IT", trader("Sementi Rossi " + t, "IT", "rossi-" + t + ".example", "rossi" + t))
                .statusCode(201)
                .extract()
                .path("registrationNumber");
        register("IT", trader("Sementi Rosi " + t, "IT", "rosi-" + t + ".example", "rosi" + t))
                .statusCode(201)
                .body("warnings", hasSize(1))
                .body("warnings[0]", containsString(number));
    }

    @Test
    void listsLeftOutOfTheRequestAreEmpty() {
        String t = tag();
        Map<String, Object> body = new HashMap<>(
                Map.of("legalName", "Sparse " + t, "countryCode", "FR", "productClasses", List.of("seeds")));
        register("FR", body)
                .statusCode(201)
                .body("tradingNames", empty())
                .body("websites", empty())
                .body("stores", empty())
                .body("shipToCountries", empty());
    }

    private static ValidatableResponse searchByName(String text) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("q", text)
                .get("/v1/traders")
                .then()
                .statusCode(200);
    }

    @Test
    void aNameSearchMatchesEveryWordMisspelledOrBegunInAnyOfTheNamesAndScripts() {
        String t = tag();
        int flowers = registered("NL", trader("Bloemenhuis Orchideeën " + t, "NL", "bloem-" + t + ".example", "b" + t));
        Map<String, Object> seedsBody = trader("绿色种子 " + t, "NL", "lvse-" + t + ".example", "lv" + t);
        seedsBody.put("tradingNames", List.of("Green Seeds " + t));
        int seeds = registered("NL", seedsBody);

        searchByName("Blomenhuis " + t).body("items.id", contains(flowers));
        searchByName("bloemenh " + t).body("items.id", contains(flowers));
        searchByName("Orchideeen " + t).body("items.id", contains(flowers));
        searchByName("绿色种子 " + t).body("items.id", contains(seeds));
        searchByName("Green Seeds " + t).body("items.id", contains(seeds));
        searchByName(t).body("items.id", containsInAnyOrder(flowers, seeds));
        // every word must be in the names of one trader
        searchByName("Bloemenhuis Green " + t).body("items", empty());
        searchByName("Xqzvwk Pjtrfq").body("items", empty());

        String etag = etagOf("NL", seeds);
        seedsBody.put("legalName", "Nieuwe Zadenhandel " + t);
        given().auth()
                .oauth2(Tokens.nppo("NL"))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(seedsBody)
                .put("/v1/traders/{id}", seeds)
                .then()
                .statusCode(200);
        searchByName("Zadenhandl " + t).body("items.id", contains(seeds));
    }

    @Test
    void updatesNeedIfMatchComeFromTheOwnNppoAndAreKeptInTheHistory() {
        String t = tag();
        Map<String, Object> body = trader("Orchid House " + t, "BE", "orchid-" + t + ".example", "orchid" + t);
        int id = registered("BE", body);
        String etag = etagOf("BE", id);
        body.put("websites", List.of("orchid-" + t + ".example", "orchids-" + t + ".example"));

        given().auth()
                .oauth2(Tokens.nppo("BE"))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/v1/traders/{id}", id)
                .then()
                .statusCode(428);
        replace("FR", id, etag, body).statusCode(403);
        replace("BE", id, etag, body)
                .statusCode(200)
                .body("websites", contains("orchid-" + t + ".example", "orchids-" + t + ".example"));
        replace("BE", id, etag, body).statusCode(412);
        given().auth()
                .oauth2(Tokens.nppo("DE"))
                .get("/v1/traders/{id}/history", id)
                .then()
                .body("action", contains("registered", "updated"))
                .body("[1].actorRole", equalTo("nppo"))
                .body("[1].changes.websites[1]", hasItem("orchids-" + t + ".example"));
    }

    @Test
    void aReplacementThatChangesNothingKeepsTheVersionAndWritesNoHistory() {
        String t = tag();
        Map<String, Object> body = trader("Bonsai Atelier " + t, "BE", "bonsai-" + t + ".example", "bonsai" + t);
        body.put("websites", List.of("bonsai-" + t + ".example", "bonsais-" + t + ".example"));
        int id = registered("BE", body);
        String etag = etagOf("BE", id);
        // The same trader, its websites listed the other way round and its name with a trailing space.
        body.put("websites", List.of("bonsais-" + t + ".example", "https://www.bonsai-" + t + ".example/"));
        body.put("legalName", "Bonsai Atelier " + t + " ");

        replace("BE", id, etag, body).statusCode(200).header("ETag", equalTo(etag));
        given().auth()
                .oauth2(Tokens.nppo("BE"))
                .get("/v1/traders/{id}/history", id)
                .then()
                .body("action", contains("registered"));
    }

    @Test
    void aStoreKeepsTheAddressItIsGivenAndEveryChangeGivesANewVersion() {
        String t = tag();
        Map<String, Object> body = trader("Cactus Corner " + t, "BE", "cactus-" + t + ".example", "cactus" + t);
        int id = registered("BE", body);
        String etag = etagOf("BE", id);
        String movedUrl = "https://etsy.example/shop/cactus-corner-" + t;
        body.put("stores", List.of(Map.of("platform", "etsy", "storeId", "cactus" + t, "storeUrl", movedUrl)));

        String newEtag = replace("BE", id, etag, body)
                .statusCode(200)
                .body("stores[0].storeUrl", equalTo(movedUrl))
                .extract()
                .header("ETag");
        assertThat(newEtag, not(equalTo(etag)));
        given().auth()
                .oauth2(Tokens.nppo("BE"))
                .get("/v1/traders/{id}", id)
                .then()
                .body("stores[0].storeUrl", equalTo(movedUrl));
        given().auth()
                .oauth2(Tokens.nppo("BE"))
                .get("/v1/traders/{id}/history", id)
                .then()
                .body("action", contains("registered", "updated"))
                .body("[1].changes.stores[1][0].storeUrl", equalTo(movedUrl));
    }

    @Test
    void statusChangesFollowTheRulesWithAReasonAndNothingIsDeleted() {
        String t = tag();
        int id = registered("ES", trader("Semillas " + t, "ES", "semillas-" + t + ".example", "semillas" + t));
        Map<String, String> suspend = Map.of("status", "suspended", "reason", "Prohibited seeds offered to AU.");
        given().auth()
                .oauth2(Tokens.nppo("PT"))
                .contentType(ContentType.JSON)
                .body(suspend)
                .post("/v1/traders/{id}/status", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.nppo("ES"))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "suspended"))
                .post("/v1/traders/{id}/status", id)
                .then()
                .statusCode(400);
        for (String status : List.of("suspended", "registered", "deregistered")) {
            given().auth()
                    .oauth2(Tokens.nppo("ES"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("status", status, "reason", "Reason for " + status))
                    .post("/v1/traders/{id}/status", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo(status));
        }
        given().auth()
                .oauth2(Tokens.nppo("ES"))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "registered", "reason", "Try again"))
                .post("/v1/traders/{id}/status", id)
                .then()
                .statusCode(409)
                .body("state", equalTo("deregistered"))
                .body("allowedActions", empty());
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/traders/{id}/history", id)
                .then()
                .body("action", contains("registered", "suspended", "registered", "deregistered"))
                .body("[1].reason", equalTo("Reason for suspended"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("status", "deregistered")
                .queryParam("country", "ES")
                .queryParam("limit", 200)
                .get("/v1/traders")
                .then()
                .body("items.id", hasItem(id));
    }

    @Test
    void thePublicVerifiesATraderAndSeesOnlyPublicFields() {
        String t = tag();
        String number = register("FR", trader("Jardin " + t, "FR", "jardin-" + t + ".example", "jardin" + t))
                .statusCode(201)
                .extract()
                .path("registrationNumber");
        for (Map<String, String> query : List.of(
                Map.of("registrationNumber", number),
                Map.of("url", "https://www.JARDIN-" + t + ".example/p/9?utm_campaign=x"),
                Map.of("platform", "ETSY", "storeId", "Jardin" + t))) {
            String json = given().queryParams(query)
                    .get("/v1/verification")
                    .then()
                    .statusCode(200)
                    .body("known", equalTo(true))
                    .body("trader.registrationNumber", equalTo(number))
                    .body("trader.status", equalTo("registered"))
                    .extract()
                    .asString();
            for (String restricted : List.of("contact", "businessRegister", "complianceNotes", "address")) {
                assertThat(json, not(containsString(restricted)));
            }
        }
        verification("unknown-" + t + ".example").body("known", equalTo(false));
        given().get("/v1/verification").then().statusCode(400);
        given().queryParam("storeId", "x").get("/v1/verification").then().statusCode(400);
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyRegistersOnce() {
        String t = tag();
        Map<String, Object> body = trader("Retry " + t, "FR", "retry-" + t + ".example", "retry" + t);
        String key = UUID.randomUUID().toString();
        String number = given().auth()
                .oauth2(Tokens.nppo("FR"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/traders")
                .then()
                .statusCode(201)
                .extract()
                .path("registrationNumber");
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/traders")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("registrationNumber", equalTo(number));
        body.put("legalName", "Another " + t);
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/traders")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("url", "retry-" + t + ".example")
                .get("/v1/traders")
                .then()
                .body("items", hasSize(1));
    }

    @Test
    void theListIsExportedAsCsvWithFormulasNeutralized() {
        String t = tag();
        Map<String, Object> body = trader("=cmd|' /C calc'!A0 " + t, "HU", "csv-" + t + ".example", "csv" + t);
        registered("HU", body);
        registered("HU", trader("Second " + t, "HU", "csv2-" + t + ".example", "csv2" + t));

        String csv = given().auth()
                .oauth2(Tokens.nppo("DE"))
                .accept("text/csv")
                .queryParam("country", "HU")
                .get("/v1/traders")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract()
                .asString();
        String[] lines = csv.split("\n");
        assertThat(lines[0], org.hamcrest.Matchers.startsWith("registrationNumber,legalName,tradingNames,countryCode"));
        assertThat(csv, containsString("'=cmd"));
        assertThat(csv, containsString("etsy:csv" + t));
        assertThat(csv, containsString("csv2-" + t + ".example"));
        given().auth()
                .oauth2(Tokens.screener("x"))
                .accept("text/csv")
                .get("/v1/traders")
                .then()
                .statusCode(403);
    }

    @Test
    void registrationsSentAtOnceWithOneKeyAllGetTheFirstAnswer() throws Exception {
        String t = tag();
        Map<String, Object> body = trader("Burst " + t, "FR", "burst-" + t + ".example", "burst" + t);
        String key = UUID.randomUUID().toString();
        List<Response> answers = atOnce(8, () -> given().auth()
                .oauth2(Tokens.nppo("FR"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/traders"));
        for (Response answer : answers) {
            assertThat(answer.asString(), answer.statusCode(), equalTo(201));
        }
        assertThat(answers.stream().map(a -> a.path("id")).distinct().count(), equalTo(1L));
        given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("url", "burst-" + t + ".example")
                .get("/v1/traders")
                .then()
                .body("items", hasSize(1));
    }

    @Test
    void replacementsSentAtOnceWithOneETagLeaveOneWinnerAndStaleAnswers() throws Exception {
        String t = tag();
        Map<String, Object> body = trader("Race " + t, "FR", "race-" + t + ".example", "race" + t);
        int id = registered("FR", body);
        String etag = etagOf("FR", id);
        List<Response> answers = atOnce(8, () -> {
            Map<String, Object> changed = new HashMap<>(body);
            changed.put("address", "Rue " + UUID.randomUUID());
            return given().auth()
                    .oauth2(Tokens.nppo("FR"))
                    .header("If-Match", etag)
                    .contentType(ContentType.JSON)
                    .body(changed)
                    .put("/v1/traders/{id}", id);
        });
        Map<Integer, Long> statuses =
                answers.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertThat(statuses.toString(), statuses.get(200), equalTo(1L));
        assertThat(statuses.toString(), statuses.get(412), equalTo(7L));
    }

    /** Sends the same request from as many threads at once and collects every answer. */
    private static List<Response> atOnce(int callers, Callable<Response> request) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(callers)) {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (var future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }

    @Test
    void theExportHoldsOnlyWhatTheNameSearchFinds() {
        String t = tag();
        registered("LU", trader("Pepiniere " + t, "LU", "pep-" + t + ".example", "pep" + t));
        registered("LU", trader("Other " + tag(), "LU", "oth-" + t + ".example", "oth" + t));
        String csv = given().auth()
                .oauth2(Tokens.nppo("LU"))
                .accept("text/csv")
                .queryParam("q", "Pepiniere " + t)
                .get("/v1/traders")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String[] lines = csv.strip().split("\n");
        assertThat(csv, lines.length, equalTo(2));
        assertThat(lines[1], containsString("Pepiniere " + t));
    }

    private static String etagOf(String country, int id) {
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .get("/v1/traders/{id}", id)
                .then()
                .extract()
                .header("ETag");
    }
}
