package org.ippc.ecommerce.registry.screening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * How well a parcel declaration's sender is recognized as a registered trader: the labelled senders of
 * src/test/resources/sender-evaluation (twelve languages; senders spelled as couriers' customers type them, senders
 * not registered, named alike, or of another country) screened against the traders of the same files, measured as
 * precision and recall of the trader found. The table is written to target/sender-evaluation.md.
 */
@QuarkusTest
class SenderEvaluationTest {
    private static final Path SET = Path.of("src/test/resources/sender-evaluation");
    private static final Path REPORT = Path.of("target/sender-evaluation.md");

    /** A labelled sender: the registration number of the trader who truly sent the parcel, or null. */
    private record Sender(String language, String id, String country, String name, String expected, String kind) {}

    /** A sender and the registration number screening found for it, or null. */
    private record Outcome(Sender sender, String found) {
        boolean right() {
            return found != null && found.equals(sender.expected());
        }
    }

    private static List<Outcome> outcomes;

    /** Registers the set's traders and screens its senders once for the class's tests. */
    private static synchronized List<Outcome> outcomes() throws IOException {
        if (outcomes == null) {
            List<Sender> senders = registerTradersAndReadSenders();
            List<String> found = screen(senders);
            outcomes = new ArrayList<>();
            for (int i = 0; i < senders.size(); i++) {
                outcomes.add(new Outcome(senders.get(i), found.get(i)));
            }
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report() + mistakes());
        }
        return outcomes;
    }

    private static List<Sender> registerTradersAndReadSenders() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Sender> senders = new ArrayList<>();
        try (Stream<Path> files = Files.list(SET)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                String language = file.getFileName().toString().replace(".jsonl", "");
                Map<String, String> numbers = new HashMap<>();
                for (String line : Files.readAllLines(file)) {
                    JsonNode entry = json.readTree(line);
                    if (entry.has("trader")) {
                        numbers.put(entry.get("trader").asText(), register(entry));
                    } else {
                        JsonNode expected = entry.get("expected");
                        senders.add(new Sender(
                                language,
                                entry.get("sender").asText(),
                                entry.get("country").asText(),
                                entry.get("name").asText(),
                                expected.isNull() ? null : Objects.requireNonNull(numbers.get(expected.asText())),
                                entry.get("case").asText()));
                    }
                }
            }
        }
        return senders;
    }

    private static String register(JsonNode trader) {
        String country = trader.get("country").asText();
        List<String> tradingNames = new ArrayList<>();
        trader.get("tradingNames").forEach(name -> tradingNames.add(name.asText()));
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "legalName",
                        trader.get("legalName").asText(),
                        "tradingNames",
                        tradingNames,
                        "countryCode",
                        country,
                        "productClasses",
                        List.of("seeds")))
                .post("/v1/traders")
                .then()
                .statusCode(201)
                .extract()
                .path("registrationNumber");
    }

    /** One batch of declarations, one per sender, as a courier sends them: a sender and nothing else to go by. */
    private static List<String> screen(List<Sender> senders) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Sender sender : senders) {
            items.add(Map.of(
                    "id",
                    sender.id(),
                    "title",
                    "Gift: printed T-shirt",
                    "destinationCountry",
                    "NO",
                    "sender",
                    Map.of("name", sender.name(), "countryCode", sender.country())));
        }
        return given().auth()
                .oauth2(Tokens.screener("courier-evaluation"))
                .contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post("/v1/screenings")
                .then()
                .statusCode(200)
                .extract()
                .path("items.seller.registrationNumber");
    }

    /** Precision of the traders found and recall of the registered senders, over some outcomes. */
    private record Quality(int senders, int registered, double precision, double recall) {
        static Quality of(List<Outcome> outcomes) {
            long found = outcomes.stream().filter(o -> o.found() != null).count();
            long right = outcomes.stream().filter(Outcome::right).count();
            int registered = (int)
                    outcomes.stream().filter(o -> o.sender().expected() != null).count();
            return new Quality(
                    outcomes.size(),
                    registered,
                    found == 0 ? 1 : (double) right / found,
                    registered == 0 ? 1 : (double) right / registered);
        }

        String row(String name) {
            return "| %s | %d | %d | %.2f | %.2f |%n".formatted(name, senders, registered, precision, recall);
        }
    }

    private static String report() {
        StringBuilder table =
                new StringBuilder("| language | senders | registered | precision | recall |\n|---|---|---|---|---|\n");
        table.append(Quality.of(outcomes).row("all"));
        grouped(s -> s.language())
                .forEach((language, group) -> table.append(Quality.of(group).row(language)));
        table.append("\n| case | senders | registered | precision | recall |\n|---|---|---|---|---|\n");
        grouped(Sender::kind)
                .forEach((kind, group) -> table.append(Quality.of(group).row(kind)));
        return table.toString();
    }

    /** Every sender recognized wrongly: what the next rule must serve. */
    private static String mistakes() {
        StringBuilder list = new StringBuilder("\n## Misses and wrong traders\n\n");
        for (Outcome o : outcomes) {
            if (!Objects.equals(o.found(), o.sender().expected())) {
                list.append("- %s (%s) `%s` from %s: expected %s, found %s%n"
                        .formatted(
                                o.sender().id(),
                                o.sender().kind(),
                                o.sender().name(),
                                o.sender().country(),
                                o.sender().expected(),
                                o.found()));
            }
        }
        return list.toString();
    }

    private static Map<String, List<Outcome>> grouped(Function<Sender, String> key) {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        outcomes.forEach(o -> groups.computeIfAbsent(key.apply(o.sender()), k -> new ArrayList<>())
                .add(o));
        return groups;
    }

    @Test
    void theSetHasTwelveLanguagesAndSendersNotToBeFound() throws IOException {
        List<Outcome> all = outcomes();
        assertThat(grouped(Sender::language).size(), greaterThanOrEqualTo(12));
        assertThat(all.size(), greaterThanOrEqualTo(550));
        long notToBeFound =
                all.stream().filter(o -> o.sender().expected() == null).count();
        assertThat(notToBeFound * 100 / all.size(), greaterThanOrEqualTo(30L));
    }

    @Test
    void recognitionMeetsItsFloorOverallAndInEveryLanguage() throws IOException {
        Quality overall = Quality.of(outcomes());
        assertThat("overall precision", overall.precision(), greaterThanOrEqualTo(Floors.PRECISION));
        assertThat("overall recall", overall.recall(), greaterThanOrEqualTo(Floors.RECALL));
        grouped(Sender::language)
                .forEach((language, group) -> assertThat(
                        language + " precision",
                        Quality.of(group).precision(),
                        greaterThanOrEqualTo(Floors.LANGUAGE_PRECISION)));
    }

    /**
     * A wrong trader tells a courier that an unregistered sender is registered: precision comes first. Measured 0.98
     * and 0.83 when the set was written, 1.00 and 0.91 since names are compared without their legal forms and
     * Cyrillic in Latin letters (migration V30), with 0.97 in each language; the floors keep a margin of a few senders.
     */
    private static final class Floors {
        static final double PRECISION = 0.97;
        static final double RECALL = 0.87;
        static final double LANGUAGE_PRECISION = 0.90;
    }
}
