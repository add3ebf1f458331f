package org.ippc.ecommerce.registry.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one listing is, as far as plant health goes. It names listed products (by a search term, a scientific
 * name or an EPPO code), or at least a commodity class (by the generic words of the class), unless its title
 * shows it is an object rather than living plant material (an artificial plant, a phone case, a candle), which
 * clears it. Compiled once per product list and shared, read-only, by every screening.
 */
public final class ListingRecognizer {
    /** A name a product is recognised by: a search term, one of its taxa ({@code la}) or an EPPO code. */
    public record ProductName(long productId, String commodityClass, String language, String name) {}

    /** A product or a class found in a field: by which name, in which language. */
    public record Found(Long productId, String commodityClass, String matchedBy, String language, String field) {}

    /** What was found in a listing, and the object words of its title that clear it. */
    public record Recognition(List<Found> products, List<Found> classes, List<String> clearedBy) {
        public boolean cleared() {
            return !clearedBy.isEmpty();
        }

        /** The class the listing belongs to: none when cleared; a product's, else a class named. */
        public Optional<String> commodityClass() {
            if (cleared()) {
                return Optional.empty();
            }
            return products.stream().map(Found::commodityClass).findFirst().or(() -> classes.stream()
                    .map(Found::commodityClass)
                    .findFirst());
        }
    }

    private static final String TITLE = "title";
    private static final String PLANTS = "plants-for-planting";
    private static final String FRESH_PRODUCE = "fruits-vegetables";
    private static final long PRODUCE = 0;
    private static final long FRESH = 1;

    private final List<ProductName> productNames;
    /** How many words each product name has: the longer name found is the likelier product. */
    private final int[] productNameWords;

    private final TermMatcher productsAndClasses;
    private final List<String> classCodes;
    private final TermMatcher objects;
    /** The fruits and vegetables (term id {@link #PRODUCE}) and the words that say they are fresh ({@link #FRESH}). */
    private final TermMatcher freshProduce;

    public ListingRecognizer(List<ProductName> names, ScreeningVocabulary vocabulary) {
        this.productNames = List.copyOf(names);
        this.productNameWords = productNames.stream()
                .mapToInt(name ->
                        TextNormalizer.words(TextNormalizer.clean(name.name())).size())
                .toArray();
        this.classCodes = List.copyOf(vocabulary.classes().keySet());
        // Products and classes in one matcher, so that a listing is read once for both: term i < the number of
        // product names is that product name, any later one a word of class (i - that number).
        List<TermMatcher.Term> terms = new ArrayList<>();
        for (int i = 0; i < productNames.size(); i++) {
            terms.add(new TermMatcher.Term(
                    i, productNames.get(i).language(), productNames.get(i).name()));
        }
        for (int i = 0; i < classCodes.size(); i++) {
            long id = productNames.size() + i;
            vocabulary
                    .classes()
                    .get(classCodes.get(i))
                    .forEach((language, words) ->
                            words.forEach(word -> terms.add(new TermMatcher.Term(id, language, word))));
        }
        this.productsAndClasses = new TermMatcher(terms);
        this.objects = new TermMatcher(words(vocabulary.objects(), 0), TermMatcher.Spelling.STRICT);
        List<TermMatcher.Term> produceAndFresh = new ArrayList<>(words(vocabulary.produce(), PRODUCE));
        produceAndFresh.addAll(words(vocabulary.fresh(), FRESH));
        this.freshProduce = new TermMatcher(produceAndFresh);
    }

    private static List<TermMatcher.Term> words(Map<String, List<String>> byLanguage, long id) {
        List<TermMatcher.Term> terms = new ArrayList<>();
        byLanguage.forEach(
                (language, words) -> words.forEach(word -> terms.add(new TermMatcher.Term(id, language, word))));
        return terms;
    }

    /**
     * The product a listing most likely is, first: one of a class it names ("Citrus limon seeds" is the citrus
     * seeds, not the tree), then the one named by the longest name ("composting worms" before "compost"), then a
     * living plant, the riskiest pathway, before its seeds or fruit ("Citrus limon 'Eureka'" is the tree).
     */
    private static Comparator<Found> mostLikely(Set<String> classesNamed, Map<Long, Integer> nameWords) {
        return Comparator.<Found, Boolean>comparing(found -> !classesNamed.contains(found.commodityClass()))
                .thenComparing(found -> -nameWords.get(found.productId()))
                .thenComparing(found -> !PLANTS.equals(found.commodityClass()));
    }

    public Recognition recognize(Map<String, String> fields) {
        // Each field is cleaned once, then read by the three matchers.
        Map<String, TextNormalizer.Cleaned> cleaned = TextNormalizer.Cleaned.ofFields(fields);
        TextNormalizer.Cleaned title = cleaned.get(TITLE);
        List<Found> classesFound = new ArrayList<>();
        List<TermMatcher.Match> productMatches = new ArrayList<>();
        for (TermMatcher.Match match : productsAndClasses.matchCleaned(cleaned)) {
            if (match.productId() < productNames.size()) {
                productMatches.add(match);
            } else {
                String commodityClass = classCodes.get((int) (match.productId() - productNames.size()));
                classesFound.add(new Found(null, commodityClass, match.term(), match.language(), match.field()));
            }
        }
        Set<String> classesNamed =
                classesFound.stream().map(Found::commodityClass).collect(Collectors.toSet());
        Map<Long, Found> productsFound = new LinkedHashMap<>();
        Map<Long, Integer> nameWords = new HashMap<>();
        for (TermMatcher.Match match : productMatches) {
            ProductName name = productNames.get((int) match.productId());
            nameWords.putIfAbsent(name.productId(), productNameWords[(int) match.productId()]);
            productsFound.putIfAbsent(
                    name.productId(),
                    new Found(name.productId(), name.commodityClass(), name.name(), name.language(), match.field()));
        }
        List<Found> productList = productsFound.values().stream()
                .sorted(mostLikely(classesNamed, nameWords))
                .toList();
        List<String> clearedBy = title == null
                ? List.of()
                : objects.matchCleaned(Map.of(TITLE, title)).stream()
                        .map(TermMatcher.Match::term)
                        .distinct()
                        .toList();
        if (productList.isEmpty() && classesFound.isEmpty() && title != null) {
            freshProduce(title).ifPresent(classesFound::add);
        }
        return new Recognition(productList, classesFound, clearedBy);
    }

    /** A fruit or vegetable named in the (cleaned) title with a word saying it is sold fresh: fresh produce. */
    private Optional<Found> freshProduce(TextNormalizer.Cleaned cleanedTitle) {
        List<TermMatcher.Match> found = freshProduce.matchCleaned(Map.of(TITLE, cleanedTitle));
        Optional<TermMatcher.Match> fresh =
                found.stream().filter(m -> m.productId() == FRESH).findFirst();
        Optional<TermMatcher.Match> produce =
                found.stream().filter(m -> m.productId() == PRODUCE).findFirst();
        if (fresh.isEmpty() || produce.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Found(
                null,
                FRESH_PRODUCE,
                fresh.get().term() + " + " + produce.get().term(),
                produce.get().language(),
                TITLE));
    }
}
