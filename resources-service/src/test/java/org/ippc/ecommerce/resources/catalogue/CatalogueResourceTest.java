package org.ippc.ecommerce.resources.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hamcrest.Matcher;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.resources.testing.NetworkStub;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueResourceTest {
    /** Accept among the Vary header's fields (Accept-Encoding alone would not do). */
    private static final Matcher<String> VARIES_BY_ACCEPT = matchesPattern("(?i)(.*,\\s*)?accept(\\s*,.*)?");

    @Inject
    AgroalDataSource database;

    @Inject
    CataloguePages pages;

    @Inject
    CatalogueRevision revision;

    private static Map<String, Object> withTitle(String word, String language, String title) {
        Map<String, Object> body = Submissions.resource(word);
        body.put("titles", new HashMap<>(Map.of(language, title + " " + word)));
        return body;
    }

    @Test
    void theCatalogueShowsOnlyPublishedResourcesAndNoRestrictedField() {
        String word = Submissions.uniqueWord();
        long published = Submissions.published(Submissions.resource(word));
        Submissions.accepted(Submissions.resource(word + " accepted"));
        Submissions.submit(Submissions.ORG, withTitle(word, "en", "Only submitted"));

        String body = given().queryParam("q", word)
                .get("/v1/resources")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) published))
                .body("total", equalTo(1))
                .body("next", nullValue())
                .extract()
                .asString();
        for (String restricted :
                List.of("contactEmail", "contact-", "contributorOrg", "NPPO-KE", "submittedBy", "status")) {
            assert !body.contains(restricted) : restricted + " in " + body;
        }
        String single = given().get("/v1/resources/{id}", published)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assert !single.contains("contactEmail") && !single.contains("contact-") : single;
    }

    @Test
    void filtersCombineAndFacetsCountTheOtherFilters() {
        String word = Submissions.uniqueWord();
        Map<String, Object> video = Submissions.resource(word);
        video.put("type", "video");
        video.put("languages", List.of("es"));
        video.put("regions", List.of("OIRSA"));
        video.put("countries", List.of("GT"));
        video.put("publicationYear", 2021);
        long videoId = Submissions.published(video);
        Map<String, Object> guide = Submissions.resource(word);
        guide.put("type", "guide");
        guide.put("topics", List.of("customs", "postal-courier"));
        guide.put("provider", Map.of("name", "WCO", "type", "international-organization"));
        long guideId = Submissions.published(guide);
        Submissions.published(Submissions.resource(word));

        given().queryParam("q", word)
                .queryParam("type", "video")
                .get("/v1/resources")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) videoId))
                .body("facets.types.find { it.value == 'video' }.count", equalTo(1))
                .body("facets.types.find { it.value == 'guide' }.count", equalTo(1))
                .body("facets.types.find { it.value == 'factsheet-infographic' }.count", equalTo(1))
                .body("facets.languages.find { it.value == 'es' }.count", equalTo(1))
                .body("facets.languages.find { it.value == 'en' }", nullValue())
                .body("facets.years.find { it.value == '2021' }.count", equalTo(1));
        given().queryParam("q", word)
                .queryParam("topic", "customs")
                .queryParam("providerType", "international-organization")
                .get("/v1/resources")
                .then()
                .body("items.id", contains((int) guideId))
                .body("facets.topics.find { it.value == 'customs' }.count", equalTo(1))
                .body("facets.topics.find { it.value == 'postal-courier' }.count", equalTo(1))
                .body("facets.topics.find { it.value == 'awareness' }", nullValue())
                .body("facets.providerTypes.find { it.value == 'international-organization' }.count", equalTo(1))
                .body("facets.providerTypes.find { it.value == 'NPPO' }", nullValue());
        given().queryParam("q", word)
                .queryParam("providerType", "NPPO")
                .get("/v1/resources")
                .then()
                .body("total", equalTo(2))
                .body("facets.providerTypes.find { it.value == 'NPPO' }.count", equalTo(2))
                .body("facets.providerTypes.find { it.value == 'international-organization' }.count", equalTo(1))
                .body("facets.topics.find { it.value == 'awareness' }.count", equalTo(2));
        given().queryParam("q", word)
                .queryParam("language", "es")
                .queryParam("region", "OIRSA")
                .queryParam("country", "GT")
                .queryParam("year", 2021)
                .get("/v1/resources")
                .then()
                .body("items.id", contains((int) videoId));
        given().queryParam("q", word)
                .queryParam("commodityClass", "soil-growing-media")
                .get("/v1/resources")
                .then()
                .body("items", equalTo(List.of()))
                .body("total", equalTo(0))
                .body("facets.commodityClasses.find { it.value == 'seeds' }.count", equalTo(3));
    }

    @Test
    void freeTextFindsResourcesInTheSixLanguagesOfTheUnitedNations() {
        String word = Submissions.uniqueWord();
        Map<String, String> titles = Map.of(
                "en", "Seeds bought online",
                "fr", "Semences achetées en ligne",
                "es", "Semillas compradas por internet",
                "ru", "Семена, купленные через интернет",
                "ar", "البذور المشتراة عبر الإنترنت",
                "zh", "网上购买的种子");
        Map<String, Long> ids = new HashMap<>();
        titles.forEach((language, title) -> ids.put(language, Submissions.published(withTitle(word, language, title))));
        Map<String, String> queries = Map.of(
                "en", "seed online",
                "fr", "SEMENCES achetees",
                "es", "semillas",
                "ru", "семена интернет",
                "ar", "بذور",
                "zh", "种子");
        queries.forEach((language, query) -> given().queryParam("q", query + " " + word)
                .get("/v1/resources")
                .then()
                .statusCode(200)
                .body("items.id", contains(ids.get(language).intValue())));
    }

    @Test
    void titleMatchesRankAboveSummaryMatches() {
        String word = Submissions.uniqueWord();
        String term = Submissions.uniqueWord();
        Map<String, Object> inSummary = Submissions.resource(word);
        inSummary.put("summaries", Map.of("en", "A long text that mentions " + term + " once."));
        long summaryMatch = Submissions.published(inSummary);
        long titleMatch = Submissions.published(withTitle(word, "en", "Guide to " + term));
        given().queryParam("q", term).get("/v1/resources").then().body("items.id", contains((int) titleMatch, (int)
                summaryMatch));
        given().queryParam("q", term)
                .queryParam("sort", "posted")
                .get("/v1/resources")
                .then()
                .body("items.id", contains((int) titleMatch, (int) summaryMatch));
    }

    @Test
    void aWordFindsEveryLongerWordItBegins() {
        String stem = Submissions.uniqueWord();
        long seedling = Submissions.published(withTitle(stem + "ling", "en", "Guide to"));
        // More words of the stem than a search expands into: the stem alone is then asked as a prefix.
        Map<String, Object> crowded = Submissions.resource(stem + "s");
        crowded.put(
                "summaries",
                Map.of(
                        "en",
                        IntStream.range(0, CatalogueWords.MAX_WORDS_OF_A_PREFIX + 8)
                                .mapToObj(i -> stem + "v" + i)
                                .collect(Collectors.joining(" "))));
        long crowdedId = Submissions.published(crowded);

        given().queryParam("q", stem)
                .get("/v1/resources")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", containsInAnyOrder((int) seedling, (int) crowdedId));
        given().queryParam("q", stem + "li").get("/v1/resources").then().body("items.id", contains((int) seedling));
        given().queryParam("q", stem + "v1 " + stem + "s")
                .get("/v1/resources")
                .then()
                .body("items.id", contains((int) crowdedId))
                .body("facets.types.value", contains("factsheet-infographic"));
        given().queryParam("q", stem + "x").get("/v1/resources").then().body("total", equalTo(0));
    }

    @Test
    void aWordACorrectionAddsIsFoundAtOnce() {
        String word = Submissions.uniqueWord();
        Map<String, Object> body = Submissions.resource(word);
        long id = Submissions.published(body);
        String added = Submissions.uniqueWord();
        given().queryParam("q", added).get("/v1/resources").then().body("total", equalTo(0));

        Map<String, Object> corrected = new HashMap<>(body);
        corrected.put("titles", Map.of("en", "Buying seeds online " + word + " " + added + "ing"));
        String etag = given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/submissions/{id}", id)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Tokens.secretariat())
                .header("If-Match", etag)
                .contentType("application/json")
                .body(corrected)
                .put("/v1/submissions/{id}", id)
                .then()
                .statusCode(200);
        given().queryParam("q", added).get("/v1/resources").then().body("items.id", contains((int) id));
    }

    @Test
    void pagesFollowEachOtherWithTheCursorInEveryOrder() {
        String word = Submissions.uniqueWord();
        List<Long> ids = new ArrayList<>();
        for (int year = 2015; year < 2020; year++) {
            Map<String, Object> body = Submissions.resource(word + " " + Submissions.uniqueWord());
            body.put("publicationYear", year);
            ids.add(Submissions.published(body));
        }
        for (String sort : List.of("posted", "year", "relevance")) {
            List<Integer> seen = new ArrayList<>();
            String cursor = null;
            do {
                var request =
                        given().queryParam("q", word).queryParam("sort", sort).queryParam("limit", 2);
                if (cursor != null) {
                    request = request.queryParam("cursor", cursor);
                }
                Response page = request.get("/v1/resources");
                page.then().statusCode(200).body("total", equalTo(5));
                seen.addAll(page.jsonPath().getList("items.id"));
                cursor = page.jsonPath().getString("next");
            } while (cursor != null);
            assertEquals(5, seen.size(), sort);
            assertEquals(5, seen.stream().distinct().count(), sort);
            if (!sort.equals("relevance")) {
                assertEquals(ids.reversed().stream().map(Long::intValue).toList(), seen, sort);
            }
        }
    }

    @Test
    void aGapAndTwoFiltersPageByRelevanceWithTheCursorAndCountTheOtherFilters() {
        String word = Submissions.uniqueWord();
        long gap = NetworkStub.knownGap();
        List<Integer> filling = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> video = Submissions.resource(word + " " + Submissions.uniqueWord());
            video.put("gapId", gap);
            video.put("type", "video");
            video.put("languages", List.of("es"));
            filling.add((int) Submissions.published(video));
        }
        Map<String, Object> factsheet = Submissions.resource(word); // the same gap, another type
        factsheet.put("gapId", gap);
        factsheet.put("languages", List.of("es"));
        Submissions.published(factsheet);
        Map<String, Object> noGap = Submissions.resource(word);
        noGap.put("type", "video");
        noGap.put("languages", List.of("es"));
        Submissions.published(noGap);

        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", word)
                    .queryParam("sort", "relevance")
                    .queryParam("type", "video")
                    .queryParam("language", "es")
                    .queryParam("gap", gap)
                    .queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            Response page = request.get("/v1/resources");
            page.then()
                    .statusCode(200)
                    .body("total", equalTo(3))
                    .body("facets.types.find { it.value == 'video' }.count", equalTo(3))
                    .body("facets.types.find { it.value == 'factsheet-infographic' }.count", equalTo(1))
                    .body("facets.languages.find { it.value == 'es' }.count", equalTo(3));
            seen.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("next");
        } while (cursor != null);
        assertEquals(3, seen.size());
        assertEquals(Set.copyOf(filling), Set.copyOf(seen));
    }

    @Test
    void aCursorFromAnotherOrderOrNotFromUsIsABadRequest() {
        String word = Submissions.uniqueWord();
        Submissions.published(Submissions.resource(word));
        Submissions.published(Submissions.resource(word + " " + Submissions.uniqueWord()));
        String cursor = given().queryParam("q", word)
                .queryParam("limit", 1)
                .get("/v1/resources")
                .then()
                .extract()
                .path("next");
        given().queryParam("q", word)
                .queryParam("sort", "year")
                .queryParam("cursor", cursor)
                .get("/v1/resources")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        for (String forged : List.of("garbage!", "cG9zdGVkCic7IGRyb3AgdGFibGUgeDsgLS0KMQ")) {
            given().queryParam("cursor", forged).get("/v1/resources").then().statusCode(400);
        }
    }

    @Test
    void unknownFilterValuesAreRefused() {
        given().queryParam("type", "poster")
                .queryParam("language", "english")
                .queryParam("sort", "random")
                .queryParam("limit", 1000)
                .get("/v1/resources")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("type"));
    }

    @Test
    void aKeptPageNeverHidesAPublication() {
        String word = Submissions.uniqueWord();
        Submissions.published(Submissions.resource(word));
        for (int i = 0; i < 2; i++) {
            given().queryParam("q", word)
                    .get("/v1/resources")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1));
        }
        Submissions.published(Submissions.resource(word));
        given().queryParam("q", word)
                .get("/v1/resources")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void aKeptPageNeverShowsAWithdrawnResource() {
        String word = Submissions.uniqueWord();
        long id = Submissions.published(Submissions.resource(word));
        given().queryParam("q", word).get("/v1/resources").then().body("total", equalTo(1));
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType("application/json")
                .body(Map.of("reason", "Superseded by a new edition."))
                .post("/v1/submissions/{id}/withdrawal", id)
                .then()
                .statusCode(200);
        given().queryParam("q", word)
                .get("/v1/resources")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void keptPagesStayWithinTheirMemoryBudget() throws InterruptedException {
        // The test profile gives kept pages 64 KB. When they were counted, not weighed, one client asking 470
        // distinct pages of 100 resources filled a 154 MB heap and the service died.
        for (int i = 0; i < 5; i++) {
            Submissions.published(Submissions.resource(Submissions.uniqueWord()));
        }
        given().get("/v1/resources").then().statusCode(200); // the kept pages, and their metrics, exist from the first
        double evictedBefore = keptPagesMetric("cache_eviction_weight_total");
        long askedBytes = 0;
        for (int visit = 0; visit < 60; visit++) {
            askedBytes += given().queryParam("limit", 100)
                    .queryParam("visit", visit)
                    .get("/v1/resources")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray()
                    .length;
        }
        long overBudget = askedBytes - 64 * 1024;
        assertTrue(overBudget > 0, "the pages asked for add up to more than the budget");

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (keptPagesMetric("cache_eviction_weight_total") - evictedBefore < overBudget
                && System.nanoTime() < deadline) {
            Thread.sleep(50); // the cache evicts just after the writes, off the request's thread
        }
        assertTrue(
                keptPagesMetric("cache_eviction_weight_total") - evictedBefore >= overBudget,
                "at least what went over the budget was evicted");
    }

    @Test
    void searchesWhoseClientLeftReturnTheirConnectionsToThePool() throws IOException, SQLException {
        // A visitor who types on in the search box cancels the search asked a keystroke before. Searches that run
        // went on on a worker thread in the request's context, which the client's leaving ended: their connections
        // were never given back, and after four such visitors every search waited for one and failed.
        for (int i = 0; i < 5; i++) {
            Submissions.published(Submissions.resource(Submissions.uniqueWord()));
        }
        for (int left = 0; left < 40; left++) {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.getOutputStream()
                        .write(("GET /v1/resources?q=" + Submissions.uniqueWord()
                                        + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                socket.setSoLinger(true, 0); // closed at once, unread: a reset, as a browser cancelling a fetch
            }
        }
        given().queryParam("q", Submissions.uniqueWord())
                .get("/v1/resources")
                .then()
                .statusCode(200);
        int poolSize = database.getConfiguration().connectionPoolConfiguration().maxSize();
        List<Connection> every = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                every.add(database.getConnection()); // waits for searches still running; one lost times out
            }
        } finally {
            for (Connection connection : every) {
                connection.close();
            }
        }
    }

    @Test
    void aPageAskedForRepeatedlyIsKept() {
        // With the budget full, a page is kept once it is asked for more often than the page it would push out.
        String word = Submissions.uniqueWord();
        Submissions.published(Submissions.resource(word));
        for (Map<String, String> query : List.of(Map.of("q", word), Map.<String, String>of())) {
            double hitsBefore = keptPagesMetric("cache_gets_total", "result=\"hit\"");
            for (int i = 0; i < 5; i++) {
                given().queryParams(query).get("/v1/resources").then().statusCode(200);
            }
            assertTrue(keptPagesMetric("cache_gets_total", "result=\"hit\"") > hitsBefore, "kept: " + query);
        }
    }

    @Test
    void aKeptPageIsAnsweredAsTheSearchThatKeptItWas() {
        // The first ask searches on a worker thread; once the page is kept (with the budget full, after a few asks),
        // it is answered on the event loop. Every answer must be the same, body and headers.
        String word = Submissions.uniqueWord();
        Submissions.published(Submissions.resource(word));
        Response searched = given().queryParam("q", word).queryParam("limit", 7).get("/v1/resources");
        assertEquals(200, searched.statusCode());
        for (int ask = 0; ask < 5; ask++) {
            Response again =
                    given().queryParam("q", word).queryParam("limit", 7).get("/v1/resources");
            assertEquals(200, again.statusCode());
            assertEquals(searched.asString(), again.asString());
            for (String header : List.of("Content-Type", "ETag", "Cache-Control", "RateLimit-Policy")) {
                assertEquals(searched.header(header), again.header(header), header);
            }
            assertTrue(again.header("RateLimit") != null, "every answer counts against the rate limit");
        }
        // What the event loop answers from: the page kept under the query string as sent.
        byte[] kept = pages.kept(revision.current(), "q=" + word + "&limit=7", false);
        assertEquals(searched.asString(), kept == null ? null : new String(kept, StandardCharsets.UTF_8));
    }

    @Test
    void aPublicationHereEndsTheRevisionReadingAtOnce() {
        long before = revision.current();
        assertEquals(OptionalLong.of(before), revision.recent(), "a reading just taken is used");
        Submissions.published(Submissions.resource(Submissions.uniqueWord()));
        assertEquals(OptionalLong.empty(), revision.recent(), "no kept page is answered from the old revision");
        assertTrue(revision.current() > before);
    }

    /** A metric of the kept pages' cache as /q/metrics reports it; {@code labels} narrow it further. */
    private static double keptPagesMetric(String name, String... labels) {
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith(name + "{") && line.contains("cache=\"catalogue-pages\""))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " of the kept pages is not in /q/metrics"));
    }

    @Test
    void textWithoutASearchableWordFiltersNothing() {
        int total =
                given().get("/v1/resources").then().statusCode(200).extract().path("total");
        for (String text : List.of("%", "' -- ;", "***")) {
            given().queryParam("q", text)
                    .get("/v1/resources")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(total));
        }
    }

    @Test
    void publicAnswersCarryAnETagAndAnswer304UntilTheCatalogueChanges() {
        String word = Submissions.uniqueWord();
        Submissions.published(Submissions.resource(word));
        Response first = given().queryParam("q", word).get("/v1/resources");
        first.then().statusCode(200).header("Cache-Control", containsString("max-age=60"));
        String etag = first.header("ETag");
        given().queryParam("q", word)
                .header("If-None-Match", etag)
                .get("/v1/resources")
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag));

        Submissions.published(Submissions.resource(Submissions.uniqueWord()));
        String after = given().queryParam("q", word)
                .header("If-None-Match", etag)
                .get("/v1/resources")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertNotEquals(etag, after);
    }

    @Test
    void aChangeCommittedThroughAnotherInstanceShowsWithinASecond() throws SQLException, InterruptedException {
        String word = Submissions.uniqueWord();
        // Published through this instance: the next answer reads the revision afresh.
        Submissions.published(Submissions.resource(word));
        String etag = given().queryParam("q", word)
                .get("/v1/resources")
                .then()
                .extract()
                .header("ETag");
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            // What a publication through another instance does to this database.
            statement.executeUpdate("update catalogue_revision set revision = revision + 1 where id = 1");
        }
        assertEquals(304, statusWhenHolding(word, etag), "the reading of a moment ago is still used");

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status;
        do {
            Thread.sleep(100);
            status = statusWhenHolding(word, etag);
        } while (status == 304 && System.nanoTime() < deadline);
        assertEquals(200, status, "the revision is read again once its reading is a second old");
    }

    private static int statusWhenHolding(String word, String etag) {
        return given().queryParam("q", word)
                .header("If-None-Match", etag)
                .get("/v1/resources")
                .statusCode();
    }

    @Test
    void aForeignCursorIsRefusedWhateverETagTheClientHolds() {
        String etag =
                given().get("/v1/resources").then().statusCode(200).extract().header("ETag");
        given().queryParam("cursor", "not-a-cursor")
                .header("If-None-Match", etag)
                .get("/v1/resources")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid cursor"));
    }

    @Test
    void aResourceThatIsNotPublishedIsNotFoundWhateverETagTheClientHolds() {
        long submitted = Submissions.submit(Submissions.ORG, Submissions.resource(Submissions.uniqueWord()));
        String etag =
                given().get("/v1/resources").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag)
                .get("/v1/resources/{id}", submitted)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theIppOriginMayCallTheCatalogueFromItsOwnPages() {
        given().header("Origin", "https://www.ippc.int")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/v1/resources")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://www.ippc.int")
                .header("Access-Control-Allow-Methods", containsString("GET"));
        given().header("Origin", "https://www.ippc.int")
                .get("/v1/resources")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://www.ippc.int")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "https://elsewhere.example")
                .get("/v1/resources")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void sharedCachesKeepTheAnswersToEachOriginApart() {
        // The CORS headers depend on the request's Origin: a cache keeping an answer made without them (a crawler's)
        // must not hand it to the IPP page, whose browser would then refuse it.
        long published = Submissions.published(Submissions.resource(Submissions.uniqueWord()));
        for (String path : List.of("/v1/resources", "/v1/resources/" + published, "/v1/resources/export")) {
            given().get(path).then().statusCode(200).header("Vary", containsString("Origin"));
        }
    }

    @Test
    void theJsonAndCsvExportsAreToldApartByCachesAndETags() {
        Response json = given().get("/v1/resources/export");
        json.then().statusCode(200).header("Vary", VARIES_BY_ACCEPT);
        Response csv = given().accept("text/csv").get("/v1/resources/export");
        csv.then().statusCode(200).header("Vary", VARIES_BY_ACCEPT);
        assertNotEquals(json.header("ETag"), csv.header("ETag"));

        given().accept("text/csv")
                .header("If-None-Match", json.header("ETag"))
                .get("/v1/resources/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"));
        given().accept("text/csv")
                .header("If-None-Match", csv.header("ETag"))
                .get("/v1/resources/export")
                .then()
                .statusCode(304)
                .header("Vary", VARIES_BY_ACCEPT);
    }

    @Test
    void theCatalogueExportsAsJsonAndAsCsvWithoutFormulas() {
        String word = Submissions.uniqueWord();
        Map<String, Object> body = withTitle(word, "en", "=HYPERLINK(\"http://evil.example\")");
        body.put("titles", Map.of("en", "=cmd|' /C calc'!A0 " + word));
        body.put("author", "@SUM(1+1)");
        long id = Submissions.published(body);
        given().queryParam("q", word)
                .get("/v1/resources/export")
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("id", contains((int) id))
                .body("[0].contactEmail", nullValue());
        String csv = given().queryParam("q", word)
                .accept("text/csv")
                .get("/v1/resources/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .extract()
                .asString();
        String[] lines = csv.split("\n");
        assertEquals(2, lines.length, csv);
        assert lines[0].startsWith("id,title,titleLanguage,type") : lines[0];
        assert lines[1].contains("\"'=cmd|' /C calc'!A0 " + word + "\"") : lines[1];
        assert lines[1].contains("'@SUM(1+1)") : lines[1];
        assert !csv.contains("contact-") : csv;
    }

    @Test
    void aResourceThatIsNotPublishedIsNotFoundPublicly() {
        long id = Submissions.submit(Submissions.ORG, Submissions.resource(Submissions.uniqueWord()));
        given().get("/v1/resources/{id}", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(containsString("submitted")));
        given().auth()
                .oauth2(Tokens.secretariat())
                .get("/v1/resources/{id}", id)
                .then()
                .statusCode(404);
    }

    @Test
    void theVocabulariesNameEveryCodeTheFiltersTake() {
        given().get("/v1/vocabularies")
                .then()
                .statusCode(200)
                .header("Cache-Control", notNullValue())
                .body("resourceTypes.code", hasItem("video"))
                .body("topics.code", hasItem("postal-courier"))
                .body("commodityClasses.code", hasItem("soil-growing-media"))
                .body("regions.code", hasItem("NEPPO"))
                .body(
                        "providerTypes.find { it.code == 'NPPO' }.name",
                        equalTo("National plant protection organization"));
    }
}
