package org.ippc.ecommerce.registry.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ippc.ecommerce.registry.screening.ListingRecognizer;
import org.ippc.ecommerce.registry.screening.ScreeningVocabulary;

/**
 * The screening matcher alone (the listing recognizer with its class words and object words), in-process, beside a naive baseline (one case-insensitive
 * whole-word regular expression per term), on the same terms and listings as deploy/bench sends
 * to {@code POST /v1/screenings}. Prints {@code matcher <listings/s> naive <listings/s> matches <n> <n>}.
 *
 * <p>Arguments: terms.tsv (product id, language, term), listings.tsv (title, description), seconds per side.
 */
public final class MatcherBenchmark {
    private MatcherBenchmark() {}

    public static void main(String[] args) throws IOException {
        // The class of a product only orders what is found: every product of the bench is taken as seeds.
        List<ListingRecognizer.ProductName> terms = Files.readAllLines(Path.of(args[0])).stream()
                .map(line -> line.split("\t"))
                .map(f -> new ListingRecognizer.ProductName(Long.parseLong(f[0]), "seeds", f[1], f[2]))
                .toList();
        List<Map<String, String>> listings = Files.readAllLines(Path.of(args[1])).stream()
                .map(line -> line.split("\t", 2))
                .map(f -> Map.of("title", f[0], "description", f[1]))
                .toList();
        double seconds = Double.parseDouble(args[2]);

        ListingRecognizer matcher = new ListingRecognizer(terms, ScreeningVocabulary.load(new ObjectMapper()));
        List<Pattern> naive = terms.stream()
                .map(term -> Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(term.name()) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();

        Measured compiled = measure(listings, seconds, listing -> matcher.recognize(listing)
                .products()
                .size());
        Measured regexes = measure(listings, seconds, listing -> {
            int found = 0;
            for (Pattern pattern : naive) {
                if (pattern.matcher(listing.get("title")).find()
                        || pattern.matcher(listing.get("description")).find()) {
                    found++;
                }
            }
            return found;
        });
        System.out.printf(
                "matcher %.0f naive %.0f matches %d %d%n",
                compiled.perSecond(), regexes.perSecond(), compiled.matches(), regexes.matches());
    }

    private record Measured(double perSecond, long matches) {}

    private interface Screen {
        int matches(Map<String, String> listing);
    }

    /** Listings screened per second, after a warm-up of a third of the time. */
    private static Measured measure(List<Map<String, String>> listings, double seconds, Screen screen) {
        long warmUpEnd = System.nanoTime() + (long) (seconds / 3 * 1e9);
        while (System.nanoTime() < warmUpEnd) {
            listings.forEach(screen::matches);
        }
        long matches = 0;
        long screened = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            for (Map<String, String> listing : listings) {
                matches += screen.matches(listing);
            }
            screened += listings.size();
        }
        return new Measured(screened / ((System.nanoTime() - start) / 1e9), matches / (screened / listings.size()));
    }
}
