package org.ippc.ecommerce.registry.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole set of search terms, compiled once into a multi-pattern matcher and shared, read-only,
 * by every screening. Terms in spaced scripts match whole words, in any order, close together in
 * one field ("seedless" is not "seeds"; "semillas de tomate" finds "tomate, semillas"); a word matches
 * another when they share a {@link WordForms form} (a stem in some language), when it ends with it (a German
 * or Dutch compound: "Tomatensamen" holds "samen"), or, from six letters, when one letter is wrong, missing or
 * added. Terms in Chinese or Japanese match as character runs, through one Aho-Corasick pass per field, and
 * the words of other scripts in them ("Abies盆景") must be in the same field.
 */
public final class TermMatcher {
    /** A search term of a product. */
    public record Term(long productId, String language, String term) {}

    /** A term found in a field of an item. */
    public record Match(long productId, String language, String term, String field) {}

    /** The shortest word matched with a letter wrong, and the shortest head of a compound. */
    private static final int TYPO_MIN_LENGTH = 6;

    private static final int COMPOUND_MIN_LENGTH = 7;
    private static final int HEAD_MIN_LENGTH = 4;

    private final List<Term> terms;
    /** Per term, per word, the forms under which the word is found. */
    private final String[][][] wordForms;

    private final Map<String, int[]> termsByAnchor;
    private final Set<String> knownForms = new HashSet<>();
    /** Every term word of six letters or more under itself and each of its one-letter deletions. */
    private final Map<String, Set<String>> nearWords = new HashMap<>();

    private final AhoCorasick unspaced;
    private final int[] unspacedTerms;

    public TermMatcher(List<Term> all) {
        this.terms = List.copyOf(all);
        this.wordForms = new String[terms.size()][][];
        List<Integer> spacedTerms = new ArrayList<>();
        List<String> runs = new ArrayList<>();
        List<Integer> runTerms = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String cleaned = TextNormalizer.clean(terms.get(i).term());
            List<String> words =
                    TextNormalizer.words(cleaned).stream().distinct().toList();
            wordForms[i] = words.stream().map(WordForms::of).toArray(String[][]::new);
            for (String word : words) {
                knownForms.addAll(Arrays.asList(WordForms.of(word)));
                if (word.length() >= TYPO_MIN_LENGTH) {
                    deletions(word).forEach(near -> nearWords
                            .computeIfAbsent(near, n -> new HashSet<>())
                            .add(word));
                }
            }
            if (TextNormalizer.isUnspaced(cleaned)) {
                runs.add(TextNormalizer.unspacedRun(cleaned));
                runTerms.add(i);
            } else if (!words.isEmpty()) {
                spacedTerms.add(i);
            }
        }
        Map<String, Integer> termsWithForm = new HashMap<>();
        spacedTerms.forEach(i -> Arrays.stream(wordForms[i])
                .flatMap(Arrays::stream)
                .distinct()
                .forEach(form -> termsWithForm.merge(form, 1, Integer::sum)));
        // A term is looked for only where its least common word occurs: all its words must be there, and
        // "de" or "seeds" would otherwise make every listing that has them check thousands of terms.
        Map<String, List<Integer>> byForm = new HashMap<>();
        for (int i : spacedTerms) {
            String[] anchor = Arrays.stream(wordForms[i])
                    .min(Comparator.comparingInt(forms -> termsWithForm.get(forms[0])))
                    .orElseThrow();
            for (String form : anchor) {
                byForm.computeIfAbsent(form, w -> new ArrayList<>()).add(i);
            }
        }
        this.termsByAnchor = new HashMap<>();
        byForm.forEach((form, ids) -> termsByAnchor.put(
                form, ids.stream().mapToInt(Integer::intValue).distinct().toArray()));
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
                    if (Arrays.stream(wordForms[term]).allMatch(forms -> at(forms, positions) != null)) {
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

    /** Where each form of each word of the text is, by the word's position among the text's words. */
    private Map<String, List<Integer>> positions(String cleaned) {
        Map<String, List<Integer>> positions = new HashMap<>();
        List<String> textWords = TextNormalizer.words(cleaned);
        for (int position = 0; position < textWords.size(); position++) {
            for (String form : formsInText(textWords.get(position))) {
                positions.computeIfAbsent(form, w -> new ArrayList<>()).add(position);
            }
        }
        return positions;
    }

    /** A word's forms; for a word no term has, also those of the term word it ends with or misspells. */
    private Set<String> formsInText(String word) {
        Set<String> forms = new HashSet<>(Arrays.asList(WordForms.of(word)));
        if (forms.stream().anyMatch(knownForms::contains)) {
            return forms;
        }
        if (word.length() >= COMPOUND_MIN_LENGTH && isLatin(word)) {
            for (int start = 1; start <= word.length() - HEAD_MIN_LENGTH; start++) {
                List<String> head = Arrays.asList(WordForms.of(word.substring(start)));
                if (head.stream().anyMatch(knownForms::contains)) {
                    forms.addAll(head);
                    return forms;
                }
            }
        }
        if (word.length() >= TYPO_MIN_LENGTH - 1) {
            for (String near : deletions(word)) {
                nearWords
                        .getOrDefault(near, Set.of())
                        .forEach(known -> forms.addAll(Arrays.asList(WordForms.of(known))));
            }
        }
        return forms;
    }

    private static boolean isLatin(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    /** The word and every word one letter shorter. */
    private static List<String> deletions(String word) {
        List<String> deletions = new ArrayList<>(word.length() + 1);
        deletions.add(word);
        for (int i = 0; i < word.length(); i++) {
            deletions.add(word.substring(0, i) + word.substring(i + 1));
        }
        return deletions;
    }

    private void matchWords(Map<String, List<Integer>> positions, BitSet found) {
        for (String form : positions.keySet()) {
            int[] anchored = termsByAnchor.get(form);
            if (anchored == null) {
                continue;
            }
            for (int term : anchored) {
                if (!found.get(term) && closeTogether(wordForms[term], positions)) {
                    found.set(term);
                }
            }
        }
    }

    /** The positions of a word of a term in the text, under any of its forms; null when it is not there. */
    private static List<Integer> at(String[] forms, Map<String, List<Integer>> positions) {
        List<Integer> at = null;
        for (String form : forms) {
            List<Integer> found = positions.get(form);
            if (found != null) {
                if (at == null) {
                    at = found;
                } else {
                    at = new ArrayList<>(at);
                    at.addAll(found);
                }
            }
        }
        return at;
    }

    /** All the term's words occur within a window a little wider than the term. */
    private static boolean closeTogether(String[][] termWords, Map<String, List<Integer>> positions) {
        List<List<Integer>> wordPositions = new ArrayList<>(termWords.length);
        for (String[] forms : termWords) {
            List<Integer> at = at(forms, positions);
            if (at == null) {
                return false;
            }
            wordPositions.add(at);
        }
        int window = termWords.length * 2;
        for (int start : wordPositions.get(0)) {
            boolean all = true;
            for (List<Integer> at : wordPositions) {
                all &= near(at, start, window);
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
