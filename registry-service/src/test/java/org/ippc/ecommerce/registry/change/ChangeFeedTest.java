package org.ippc.ecommerce.registry.change;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The change feed: every committed change once, in commit order, without gaps; nothing for what was undone. */
@QuarkusTest
class ChangeFeedTest {
    private static final String COURIER = Tokens.screener("courier-test");

    private final String tag = "x" + UUID.randomUUID().toString().substring(0, 7);

    private static JsonPath changesAfter(long cursor) {
        return given().auth()
                .oauth2(COURIER)
                .queryParam("cursor", cursor)
                .queryParam("limit", 1000)
                .get("/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The position of the last change committed so far. */
    private static long end() {
        long cursor = 0;
        JsonPath page = changesAfter(cursor);
        while (!page.getList("items").isEmpty()) {
            cursor = page.getLong("next");
            page = changesAfter(cursor);
        }
        return cursor;
    }

    private static Map<String, Object> trader(String name, String website) {
        Map<String, Object> body = new HashMap<>();
        body.put("legalName", name);
        body.put("countryCode", "NL");
        body.put("websites", List.of(website));
        body.put("productClasses", List.of("seeds"));
        return body;
    }

    private static io.restassured.response.ValidatableResponse register(Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.nppo("NL"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/traders")
                .then();
    }

    @Test
    void everyCommittedChangeFollowsTheCursorInOrderAndNothingUndoneDoes() {
        long start = end();
        Map<String, Object> body = trader("Zaden " + tag, "zaden-" + tag + ".example");
        int id = register(body).statusCode(201).extract().path("id");
        register(trader("Copy " + tag, "zaden-" + tag + ".example")).statusCode(409);

        String etag = given().auth()
                .oauth2(Tokens.nppo("NL"))
                .get("/v1/traders/{id}", id)
                .header("ETag");
        body.put("websites", List.of("zaden-" + tag + ".example", "shop-" + tag + ".example"));
        given().auth()
                .oauth2(Tokens.nppo("NL"))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/v1/traders/{id}", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.nppo("NL"))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "suspended", "reason", "Sells seeds without certificates"))
                .post("/v1/traders/{id}/status", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.nppo("NL"))
                .contentType("text/csv")
                .body("legalName,productClasses\nDry run " + tag + ",seeds\n")
                .post("/v1/traders/import?dryRun=true")
                .then()
                .statusCode(200);

        JsonPath feed = changesAfter(start);
        assertEquals(
                List.of("trader.registered", "trader.presences-changed", "trader.status-changed"),
                feed.getList("items.type"));
        assertEquals(List.of(start + 1, start + 2, start + 3), feed.getList("items.position", Long.class));
        assertEquals(List.of(id, id, id), feed.getList("items.subjectId", Integer.class));
        assertEquals("suspended", feed.getString("items[2].data.status"));
        assertEquals(2, feed.getList("items[1].data.websites").size());
        assertEquals(start + 3, feed.getLong("next"));
        given().auth()
                .oauth2(COURIER)
                .queryParam("cursor", start + 3)
                .get("/v1/changes")
                .then()
                .body("items", hasSize(0))
                .body("next", equalTo((int) (start + 3)));
    }

    @Test
    void changesCommittedAtOnceGetPositionsWithoutGapsAndAnImportReportsEachTrader() throws Exception {
        long start = end();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> registrations = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                registrations.add(pool.submit(
                        () -> register(trader("Parallel " + n + " " + tag, "p" + n + "-" + tag + ".example"))
                                .extract()
                                .statusCode()));
            }
            for (Future<Integer> registration : registrations) {
                assertEquals(201, registration.get());
            }
        } finally {
            pool.shutdown();
        }
        given().auth()
                .oauth2(Tokens.nppo("NL"))
                .contentType("text/csv")
                .body("legalName,productClasses\nImported A " + tag + ",seeds\nImported B " + tag + ",seeds\n")
                .post("/v1/traders/import")
                .then()
                .statusCode(200);

        JsonPath feed = changesAfter(start);
        List<Long> positions = feed.getList("items.position", Long.class);
        assertEquals(26, positions.size());
        for (int i = 0; i < positions.size(); i++) {
            assertEquals(start + 1 + i, positions.get(i));
        }
        given().auth()
                .oauth2(COURIER)
                .queryParam("cursor", start + 24)
                .get("/v1/changes")
                .then()
                .body("items.data.registrationNumber.size()", equalTo(2))
                .body("items.type", contains("trader.registered", "trader.registered"));
    }

    @Test
    void requirementsSetAndSupersededAreInTheFeed() {
        int product = given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Seeds of " + tag,
                        "description",
                        "Seeds for sowing.",
                        "commodityClass",
                        "seeds",
                        "searchTerms",
                        List.of(Map.of("language", "en", "term", tag + " seeds"))))
                .post("/v1/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        long start = end();
        for (String from : List.of("2026-01-01", "2026-06-01")) {
            given().auth()
                    .oauth2(Tokens.nppo("NL"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("status", "prohibited", "legalBasis", "Act 1", "effectiveFrom", from))
                    .post("/v1/products/{id}/requirements", product)
                    .then()
                    .statusCode(201);
        }
        JsonPath feed = changesAfter(start);
        assertEquals(
                List.of("requirement.set", "requirement.superseded", "requirement.set"), feed.getList("items.type"));
        assertEquals("2026-06-01", feed.getString("items[1].data.effectiveTo"));
    }
}
