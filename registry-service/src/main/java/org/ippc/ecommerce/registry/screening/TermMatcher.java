package org.ippc.ecommerce.registry.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole set of search terms, compiled once into a multi-pattern matcher and shared, read-only,
 * by every screening. Terms in spaced scripts match whole words, in any order, close together in
 * one field ("seedless" is not "seeds"; "semillas de tomate" finds "tomate, semillas"). Terms in
 * Chinese or Japanese match as character runs, through one Aho-Corasick pass per field, and the
 * words of other scripts in them ("Abies盆景") must be in the same field.
 */
public final class TermMatcher {
    /** A search term of a product. */
    public record Term(long productId, String language, String term) {}

    /** A term found in a field of an item. */
    public record Match(long productId, String language, String term, String field) {}

    private final List<Term> terms;
    private final String[][] words;
    private final Map<String, int[]> termsByAnchor;
    private final AhoCorasick unspaced;
    private final int[] unspacedTerms;

    public TermMatcher(List<Term> all) {
        this.terms = List.copyOf(all);
        this.words = new String[terms.size()][];
        List<Integer> spacedTerms = new ArrayList<>();
        List<String> runs = new ArrayList<>();
        List<Integer> runTerms = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String cleaned = TextNormalizer.clean(terms.get(i).term());
            words[i] = TextNormalizer.words(cleaned).stream().distinct().toArray(String[]::new);
            if (TextNormalizer.isUnspaced(cleaned)) {
                runs.add(TextNormalizer.unspacedRun(cleaned));
                runTerms.add(i);
            } else if (words[i].length > 0) {
                spacedTerms.add(i);
            }
        }
        Map<String, Integer> termsWithWord = new HashMap<>();
        spacedTerms.forEach(i -> Arrays.stream(words[i]).forEach(word -> termsWithWord.merge(word, 1, Integer::sum)));
        // A term is looked for only where its least common word occurs: all its words must be there, and
        // "de" or "seeds" would otherwise make every listing that has them check thousands of terms.
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int i : spacedTerms) {
            String anchor = Arrays.stream(words[i])
                    .min(Comparator.comparingInt(termsWithWord::get))
                    .orElseThrow();
            byWord.computeIfAbsent(anchor, w -> new ArrayList<>()).add(i);
        }
        this.termsByAnchor = new HashMap<>();
        byWord.forEach((word, ids) ->
                termsByAnchor.put(word, ids.stream().mapToInt(Integer::intValue).toArray()));
        this.unspaced = new AhoCorasick(runs);
        this.unspacedTerms = runTerms.stream().mapToInt(Integer::intValue).toArray();
    }

    public int size() {
        return terms.size();
    }

    /** Every term found in the named fields of one item, at most once per term and field. */
    public List<Match> match(Map<String, String> fields) {
        List<Match> matches = new ArrayList<>();
        fields.forEach((field, text) -> {
            if (text != null && !text.isBlank()) {
                BitSet found = new BitSet(terms.size());
                String cleaned = TextNormalizer.clean(text);
                Map<String, List<Integer>> positions = positions(cleaned);
                matchWords(positions, found);
                unspaced.search(TextNormalizer.unspacedRun(cleaned), pattern -> {
                    int term = unspacedTerms[pattern];
                    if (positions.keySet().containsAll(Arrays.asList(words[term]))) {
                        found.set(term);
                    }
                });
                found.stream()
                        .mapToObj(terms::get)
                        .forEach(term -> matches.add(new Match(term.productId(), term.language(), term.term(), field)));
            }
        });
        return matches;
    }

    /** Where each word of the text is, by its position among the text's words. */
    private static Map<String, List<Integer>> positions(String cleaned) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        List<String> textWords = TextNormalizer.words(cleaned);
        for (int position = 0; position < textWords.size(); position++) {
            positions
                    .computeIfAbsent(textWords.get(position), w -> new ArrayList<>())
                    .add(position);
        }
        return positions;
    }

    private void matchWords(Map<String, List<Integer>> positions, BitSet found) {
        for (String word : positions.keySet()) {
            int[] anchored = termsByAnchor.get(word);
            if (anchored == null) {
                continue;
            }
            for (int term : anchored) {
                if (closeTogether(words[term], positions)) {
                    found.set(term);
                }
            }
        }
    }

    /** All the term's words occur within a window a little wider than the term. */
    private static boolean closeTogether(String[] termWords, Map<String, List<Integer>> positions) {
        for (String word : termWords) {
            if (!positions.containsKey(word)) {
                return false;
            }
        }
        int window = termWords.length * 2;
        for (int start : positions.get(termWords[0])) {
            boolean all = true;
            for (String word : termWords) {
                all &= near(positions.get(word), start, window);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(List<Integer> wordPositions, int start, int window) {
        for (int position : wordPositions) {
            if (Math.abs(position - start) <= window) {
                return true;
            }
        }
        return false;
    }
}
