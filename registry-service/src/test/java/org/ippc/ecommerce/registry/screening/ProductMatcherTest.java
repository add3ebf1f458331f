package org.ippc.ecommerce.registry.screening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductMatcherTest {
    @Inject
    ProductMatcher matcher;

    @Inject
    AgroalDataSource database;

    @Test
    void aProductsTermsAreMatchedAsSoonAsItIsListedAndChangedTermsReplaceThem() {
        String word = uniqueWord();
        assertThat(
                matcher.current()
                        .recognizer()
                        .recognize(Map.of("title", word + " cuttings for sale"))
                        .products(),
                empty());

        int id = list(word);

        List<ListingRecognizer.Found> matches = matcher.current()
                .recognizer()
                .recognize(Map.of("title", "Fresh " + word + " cutting"))
                .products();
        assertThat(matches.stream().map(ListingRecognizer.Found::productId).toList(), hasItem((long) id));
        assertThat(matches.get(0).matchedBy(), equalTo(word + " cuttings"));
    }

    @Test
    void productsListedAtTheSameTimeAreAllMatched() throws Exception {
        List<String> words = IntStream.range(0, 12).mapToObj(i -> uniqueWord()).toList();
        try (ExecutorService secretariat = Executors.newFixedThreadPool(words.size())) {
            List<Future<Integer>> listed = secretariat.invokeAll(words.stream()
                    .<Callable<Integer>>map(word -> () -> list(word))
                    .toList());
            for (int i = 0; i < words.size(); i++) {
                long id = listed.get(i).get();
                List<ListingRecognizer.Found> matches = matcher.current()
                        .recognizer()
                        .recognize(Map.of("title", words.get(i) + " cuttings for sale"))
                        .products();
                assertThat(
                        matches.stream().map(ListingRecognizer.Found::productId).toList(), hasItem(id));
            }
        }
    }

    @Test
    void aProductListedThroughAnotherReplicaIsMatchedWithinTheCheckInterval() throws Exception {
        String word = uniqueWord();
        long id = listedStraightIntoTheDatabase(word);

        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<Long> matched;
        do {
            Thread.sleep(200);
            matched =
                    matcher
                            .current()
                            .recognizer()
                            .recognize(Map.of("title", word + " cuttings for sale"))
                            .products()
                            .stream()
                            .map(ListingRecognizer.Found::productId)
                            .toList();
        } while (!matched.contains(id) && System.nanoTime() < deadline);
        assertThat(matched, hasItem(id));
    }

    /** What listing a product through another replica does to this database: nothing this replica hears of. */
    private long listedStraightIntoTheDatabase(String word) throws SQLException {
        try (Connection connection = database.getConnection()) {
            long id;
            try (PreparedStatement product = connection.prepareStatement("insert into high_risk_product"
                    + " (id, name, description, commodity_class, created_at, created_by)"
                    + " values (nextval('high_risk_product_seq'), ?, 'A plant for planting.', 'plants-for-planting',"
                    + " now(), 'another replica') returning id")) {
                product.setString(1, "Mystery plant " + word);
                var rows = product.executeQuery();
                rows.next();
                id = rows.getLong(1);
            }
            try (PreparedStatement term = connection.prepareStatement(
                    "insert into search_term (product_id, language, term) values (?, 'en', ?)")) {
                term.setLong(1, id);
                term.setString(2, word + " cuttings");
                term.executeUpdate();
            }
            return id;
        }
    }

    private static String uniqueWord() {
        return "zqx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static int list(String word) {
        Map<String, Object> product = Map.of(
                "name", "Mystery plant " + word,
                "description", "A plant for planting.",
                "commodityClass", "plants-for-planting",
                "hsCodes", List.of(Map.of("code", "0602", "partial", false)),
                "taxa", List.of(),
                "pests", List.of(),
                "searchTerms", List.of(Map.of("language", "en", "term", word + " cuttings")));
        return given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(product)
                .post("/v1/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
