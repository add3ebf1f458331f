package org.ippc.ecommerce.registry.product;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ippc.ecommerce.registry.screening.TermMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed set that deploy/run loads is valid API input and makes screening useful on first run. */
@QuarkusTest
class SeedFileTest {
    private static final Path SEED = Path.of("../deploy/seed/high-risk-products.jsonl");

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    private List<NewProduct> products;

    @BeforeEach
    void read() throws IOException {
        products = new ArrayList<>();
        for (String line : Files.readAllLines(SEED)) {
            products.add(json.readValue(line, NewProduct.class));
        }
    }

    @Test
    void everyProductIsAValidRequestAndTheSetCoversEveryClassAndTheSixLanguages() {
        assertThat(products.size(), greaterThanOrEqualTo(40));
        for (NewProduct product : products) {
            assertThat(product.name(), validator.validate(product), empty());
            assertThat(
                    product.name() + " is named in the five other official languages",
                    product.translatedNames().keySet(),
                    equalTo(Set.of("ar", "es", "fr", "ru", "zh")));
        }
        assertThat(
                products.stream().map(NewProduct::commodityClass).collect(Collectors.toSet()),
                equalTo(Set.of(
                        "plants-for-planting",
                        "seeds",
                        "bulbs-tubers",
                        "cut-flowers-foliage",
                        "fruits-vegetables",
                        "soil-growing-media",
                        "living-organisms",
                        "wood-handicrafts",
                        "other")));
        assertThat(
                products.stream()
                        .flatMap(p -> p.searchTerms().stream())
                        .map(Term::language)
                        .collect(Collectors.toSet()),
                hasItems("ar", "en", "es", "fr", "ru", "zh"));
        assertThat(products.stream().map(NewProduct::name).distinct().count(), equalTo((long) products.size()));
    }

    @Test
    void listingsInSeveralLanguagesFindTheRightSeededProducts() {
        List<TermMatcher.Term> terms = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            for (Term term : products.get(i).searchTerms()) {
                terms.add(new TermMatcher.Term(i, term.language(), term.term()));
            }
        }
        TermMatcher matcher = new TermMatcher(terms);
        assertThat(
                named(matcher, "100 pcs Rare Bonsai Seeds - giant variety"),
                hasItems("Rare and exotic seed mixes", "Tree and shrub seeds", "Bonsai trees"));
        assertThat(named(matcher, "Semillas de tomate cherry, 50 unidades"), equalTo(Set.of("Tomato seeds")));
        assertThat(named(matcher, "Olivier en pot, 1,20 m"), equalTo(Set.of("Olive trees and plants")));
        assertThat(named(matcher, "Семена томатов Бычье сердце"), equalTo(Set.of("Tomato seeds")));
        assertThat(named(matcher, "شتلة زيتون صغيرة"), equalTo(Set.of("Olive trees and plants")));
        assertThat(named(matcher, "进口番茄种子 50粒"), equalTo(Set.of("Tomato seeds")));
        assertThat(named(matcher, "Seedless grapes, 2 kg"), empty());
    }

    private Set<String> named(TermMatcher matcher, String title) {
        return matcher.match(Map.of("title", title)).stream()
                .map(match -> products.get((int) match.productId()).name())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
