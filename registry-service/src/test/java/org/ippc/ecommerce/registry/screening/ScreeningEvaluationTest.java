package org.ippc.ecommerce.registry.screening;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How well screening recognizes what marketplaces really sell: the labelled listings of
 * src/test/resources/screening-evaluation (twelve languages, about 40 % look-alikes) screened against the
 * seed product list that deploy/run loads, measured as precision and recall of "a high-risk product or class
 * recognized", and recall of the right commodity class. The table is written to
 * target/screening-evaluation.md.
 */
class ScreeningEvaluationTest {
    private static final Path SET = Path.of("src/test/resources/screening-evaluation");
    private static final Path SEED_LIST = Path.of("../deploy/seed/high-risk-products.jsonl");
    private static final Path REPORT = Path.of("target/screening-evaluation.md");
    private static final List<String> UN_LANGUAGES = List.of("ar", "en", "es", "fr", "ru", "zh");

    /** One labelled listing and what screening made of it. */
    private record Outcome(String language, String id, String expected, Optional<String> found) {}

    private static final List<Outcome> OUTCOMES = new ArrayList<>();

    @BeforeAll
    static void screenTheWholeSet() throws IOException {
        ObjectMapper json = new ObjectMapper();
        SeedList seedList = SeedList.read(json);
        try (Stream<Path> files = Files.list(SET)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                String language = file.getFileName().toString().replace(".jsonl", "");
                for (String line : Files.readAllLines(file)) {
                    JsonNode item = json.readTree(line);
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("title", item.get("title").asText());
                    fields.put(
                            "description",
                            item.has("description") ? item.get("description").asText() : null);
                    String expected = item.get("expected").isNull()
                            ? null
                            : item.get("expected").asText();
                    OUTCOMES.add(new Outcome(language, item.get("id").asText(), expected, seedList.classFound(fields)));
                }
            }
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report());
    }

    /** The products of deploy/seed compiled as screening compiles them, and the class of each. */
    private record SeedList(TermMatcher matcher, Map<Long, String> classOfProduct) {
        static SeedList read(ObjectMapper json) throws IOException {
            List<TermMatcher.Term> terms = new ArrayList<>();
            Map<Long, String> classes = new HashMap<>();
            long id = 0;
            for (String line : Files.readAllLines(SEED_LIST)) {
                JsonNode product = json.readTree(line);
                id++;
                classes.put(id, product.get("commodityClass").asText());
                for (JsonNode term : product.get("searchTerms")) {
                    terms.add(new TermMatcher.Term(
                            id, term.get("language").asText(), term.get("term").asText()));
                }
            }
            return new SeedList(new TermMatcher(terms), classes);
        }

        /** The class of the first product found in the listing, if any. */
        Optional<String> classFound(Map<String, String> fields) {
            return matcher.match(fields).stream()
                    .map(m -> classOfProduct.get(m.productId()))
                    .findFirst();
        }
    }

    /** Precision and recall of recognition, and recall of the right class, over some outcomes. */
    private record Quality(int items, int highRisk, double precision, double recall, double classRecall) {
        static Quality of(List<Outcome> outcomes) {
            int truePositives = 0, falsePositives = 0, rightClass = 0, highRisk = 0;
            for (Outcome outcome : outcomes) {
                if (outcome.expected() != null) {
                    highRisk++;
                }
                if (outcome.found().isPresent()) {
                    if (outcome.expected() != null) {
                        truePositives++;
                        if (outcome.found().get().equals(outcome.expected())) {
                            rightClass++;
                        }
                    } else {
                        falsePositives++;
                    }
                }
            }
            double precision =
                    truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
            return new Quality(
                    outcomes.size(),
                    highRisk,
                    precision,
                    highRisk == 0 ? 1 : (double) truePositives / highRisk,
                    highRisk == 0 ? 1 : (double) rightClass / highRisk);
        }

        String row(String name) {
            return "| %s | %d | %d | %.2f | %.2f | %.2f |%n"
                    .formatted(name, items, highRisk, precision, recall, classRecall);
        }
    }

    private static String report() {
        StringBuilder table = new StringBuilder(
                "| language | items | high-risk | precision | recall | class recall |\n|---|---|---|---|---|---|\n");
        table.append(Quality.of(OUTCOMES).row("all"));
        byLanguage()
                .forEach((language, outcomes) ->
                        table.append(Quality.of(outcomes).row(language)));
        table.append("\n| class | high-risk | recall | class recall |\n|---|---|---|---|\n");
        Map<String, List<Outcome>> byClass = new TreeMap<>();
        OUTCOMES.stream().filter(o -> o.expected() != null).forEach(o -> byClass.computeIfAbsent(
                        o.expected(), c -> new ArrayList<>())
                .add(o));
        byClass.forEach((commodityClass, outcomes) -> {
            Quality quality = Quality.of(outcomes);
            table.append("| %s | %d | %.2f | %.2f |%n"
                    .formatted(commodityClass, quality.highRisk(), quality.recall(), quality.classRecall()));
        });
        return table.toString();
    }

    private static Map<String, List<Outcome>> byLanguage() {
        Map<String, List<Outcome>> byLanguage = new TreeMap<>();
        OUTCOMES.forEach(o ->
                byLanguage.computeIfAbsent(o.language(), l -> new ArrayList<>()).add(o));
        return byLanguage;
    }

    @Test
    void theSetHasTwelveLanguagesAndAboutFortyPercentLookAlikes() {
        assertThat(byLanguage().keySet().size(), greaterThanOrEqualTo(12));
        assertThat(OUTCOMES.size(), greaterThanOrEqualTo(600));
        long lookAlikes = OUTCOMES.stream().filter(o -> o.expected() == null).count();
        assertThat(lookAlikes * 100 / OUTCOMES.size(), greaterThanOrEqualTo(35L));
        assertThat(
                OUTCOMES.stream()
                        .map(Outcome::expected)
                        .filter(e -> e != null)
                        .distinct()
                        .count(),
                greaterThanOrEqualTo(9L));
    }

    @Test
    void recognitionMeetsItsFloorOverallAndInEveryLanguage() {
        Quality overall = Quality.of(OUTCOMES);
        assertThat("overall precision", overall.precision(), greaterThanOrEqualTo(Floors.PRECISION));
        assertThat("overall recall", overall.recall(), greaterThanOrEqualTo(Floors.RECALL));
        byLanguage().forEach((language, outcomes) -> {
            Quality quality = Quality.of(outcomes);
            boolean un = UN_LANGUAGES.contains(language);
            assertThat(
                    language + " precision",
                    quality.precision(),
                    greaterThanOrEqualTo(un ? Floors.PRECISION : Floors.OTHER_PRECISION));
            assertThat(
                    language + " recall",
                    quality.recall(),
                    greaterThanOrEqualTo(un ? Floors.RECALL : Floors.OTHER_RECALL));
        });
    }

    /**
     * The levels reached so far, asserted so that they cannot fall unnoticed. They are below the targets
     * (precision 0.95 and recall 0.90 overall and in each UN language, recall 0.80 in the others): the
     * class vocabulary and the context that clears look-alikes are not built yet (README, Screening quality).
     */
    private static final class Floors {
        static final double PRECISION = 0.65;
        static final double RECALL = 0.35;
        static final double OTHER_PRECISION = 0.30;
        static final double OTHER_RECALL = 0.03;
    }
}
