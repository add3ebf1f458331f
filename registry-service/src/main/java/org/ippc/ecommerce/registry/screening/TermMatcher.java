package org.ippc.ecommerce.registry.screening;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

    /** How far a word of the text may differ from a word of a term. */
    public enum Spelling {
        /**
         * Any inflection, a compound's head of four letters or more, one letter wrong in a word of six or more:
         * how common names are written in listings.
         */
        TOLERANT(6, 4),
        /**
         * The very word, a compound's head of five letters or more, one letter wrong in a word of eight or more:
         * for the words that clear a listing, where a near word ("painting", "planting") would clear a plant.
         */
        STRICT(8, 5);

        final int typoMinLength;
        final int headMinLength;

        Spelling(int typoMinLength, int headMinLength) {
            this.typoMinLength = typoMinLength;
            this.headMinLength = headMinLength;
        }
    }

    /** The languages of names written one way only: scientific names and EPPO codes. */
    private static final Set<String> EXACT_LANGUAGES = Set.of("la", "eppo");

    /** The shortest strict word found with an ending. */
    private static final int STRICT_STEM_MIN_LENGTH = 5;

    /** The shortest word split as a compound. */
    private static final int COMPOUND_MIN_LENGTH = 7;

    private final Spelling spelling;
    private final List<Term> terms;
    /** Per term, per word, the forms under which the word is found. */
    private final String[][][] wordForms;

    /**
     * The terms looked for where a form is found: the terms of that one word, and those of several words whose least
     * common word has the form, by each form of their next least common.
     */
    private record FormTerms(int[] oneWord, Map<String, int[]> bySecond) {}

    /** By each form of a term word, one lookup for a form found in a text. */
    private final Map<String, FormTerms> termsByForm;

    private final Set<String> knownForms = new HashSet<>();
    /** Every term word of six letters or more under itself and each of its one-letter deletions. */
    private final Map<String, Set<String>> nearWords = new HashMap<>();

    /** What the words met lately stand for: a listing's words are mostly the words of other listings. */
    private final Cache<String, Set<String>> recentWords =
            Caffeine.newBuilder().maximumSize(20_000).build();

    private final AhoCorasick unspaced;
    private final int[] unspacedTerms;

    public TermMatcher(List<Term> all) {
        this(all, Spelling.TOLERANT);
    }

    public TermMatcher(List<Term> all, Spelling spelling) {
        this.spelling = spelling;
        this.terms = List.copyOf(all);
        this.wordForms = new String[terms.size()][][];
        List<Integer> spacedTerms = new ArrayList<>();
        List<String> runs = new ArrayList<>();
        List<Integer> runTerms = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String cleaned = TextNormalizer.clean(terms.get(i).term());
            List<String> words =
                    TextNormalizer.words(cleaned).stream().distinct().toList();
            boolean exact = spelling == Spelling.STRICT
                    || EXACT_LANGUAGES.contains(terms.get(i).language());
            wordForms[i] = words.stream()
                    .map(word -> exact ? new String[] {word} : WordForms.of(word))
                    .toArray(String[][]::new);
            Arrays.stream(wordForms[i]).forEach(forms -> knownForms.addAll(Arrays.asList(forms)));
            for (String word : words) {
                if (!EXACT_LANGUAGES.contains(terms.get(i).language()) && word.length() >= spelling.typoMinLength) {
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
        // A term is looked for only where its two least common words both occur: all its words must be there, and
        // "de" or "seeds" would otherwise make every listing that has them check thousands of terms, as a genus
        // would every species of it.
        Map<String, List<Integer>> byForm = new HashMap<>();
        Map<String, Map<String, List<Integer>>> byPair = new HashMap<>();
        for (int i : spacedTerms) {
            String[][] rarestFirst = Arrays.stream(wordForms[i])
                    .sorted(Comparator.comparingInt(forms -> termsWithForm.get(forms[0])))
                    .toArray(String[][]::new);
            for (String anchor : rarestFirst[0]) {
                if (rarestFirst.length == 1) {
                    byForm.computeIfAbsent(anchor, w -> new ArrayList<>()).add(i);
                } else {
                    for (String second : rarestFirst[1]) {
                        byPair.computeIfAbsent(anchor, w -> new HashMap<>())
                                .computeIfAbsent(second, w -> new ArrayList<>())
                                .add(i);
                    }
                }
            }
        }
        this.termsByForm = new HashMap<>();
        Set<String> anchors = new HashSet<>(byForm.keySet());
        anchors.addAll(byPair.keySet());
        for (String anchor : anchors) {
            Map<String, int[]> bySecond = new HashMap<>();
            byPair.getOrDefault(anchor, Map.of()).forEach((second, ids) -> bySecond.put(second, distinct(ids)));
            termsByForm.put(
                    anchor,
                    new FormTerms(
                            distinct(byForm.getOrDefault(anchor, List.of())),
                            bySecond.isEmpty() ? Map.of() : bySecond));
        }
        this.unspaced = new AhoCorasick(runs);
        this.unspacedTerms = runTerms.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every term found in the named fields of one item, at most once per term and field. */
    public List<Match> match(Map<String, String> fields) {
        return matchCleaned(TextNormalizer.Cleaned.ofFields(fields));
    }

    /** As {@link #match}, for fields already cleaned: a text read by several matchers. */
    List<Match> matchCleaned(Map<String, TextNormalizer.Cleaned> cleanedFields) {
        List<Match> matches = new ArrayList<>();
        cleanedFields.forEach((field, cleaned) -> {
            if (cleaned != null && !cleaned.text().isEmpty()) {
                BitSet found = new BitSet(terms.size());
                Map<String, List<Integer>> positions = positions(cleaned.words());
                matchWords(positions, found);
                unspaced.search(cleaned.unspacedRun(), pattern -> {
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
    private Map<String, List<Integer>> positions(List<String> textWords) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int position = 0; position < textWords.size(); position++) {
            for (String form : formsInText(textWords.get(position))) {
                positions.computeIfAbsent(form, w -> new ArrayList<>()).add(position);
            }
        }
        return positions;
    }

    /** A word's forms; for a word no term has, also those of the term word it ends with or misspells. */
    private Set<String> formsInText(String word) {
        return recentWords.get(word, this::lookUpForms);
    }

    /**
     * Only the forms some term has: the others can never be looked up, and most words of a listing ("fast",
     * "shipping") have none, so that they cost no more than this lookup.
     */
    private Set<String> lookUpForms(String word) {
        Set<String> forms = known(formsOfTextWord(word));
        if (!forms.isEmpty()) {
            return Set.copyOf(forms);
        }
        if (word.length() >= COMPOUND_MIN_LENGTH && isLatin(word)) {
            for (int start = 1; start <= word.length() - spelling.headMinLength; start++) {
                String head = word.substring(start);
                if (knownForms.contains(head)) {
                    return known(formsOfTermWord(head));
                }
            }
        }
        if (word.length() >= spelling.typoMinLength - 1) {
            for (String near : deletions(word)) {
                for (String known : nearWords.getOrDefault(near, Set.of())) {
                    if (oneEditApart(word, known)) {
                        forms.addAll(known(formsOfTermWord(known)));
                    }
                }
            }
        }
        return forms.isEmpty() ? Set.of() : Set.copyOf(forms);
    }

    private Set<String> known(String[] forms) {
        Set<String> known = new HashSet<>();
        for (String form : forms) {
            if (knownForms.contains(form)) {
                known.add(form);
            }
        }
        return known;
    }

    /**
     * Strict words are compared as they are written, or with an ending of one or two letters after five or more
     * ("stickers", "makası"): "buche" is not "buch", though a German stem of it is.
     */
    private String[] formsOfTextWord(String word) {
        if (spelling == Spelling.TOLERANT) {
            return WordForms.of(word);
        }
        List<String> forms = new ArrayList<>(List.of(word));
        for (int ending = 1; ending <= 2 && word.length() - ending >= STRICT_STEM_MIN_LENGTH; ending++) {
            forms.add(word.substring(0, word.length() - ending));
        }
        return forms.toArray(String[]::new);
    }

    private String[] formsOfTermWord(String word) {
        return spelling == Spelling.STRICT ? new String[] {word} : WordForms.of(word);
    }

    /**
     * One letter replaced, added or removed. Two words that lose a letter each to the same word may be two letters
     * apart ("painting" and "planting"): the index of deletions finds candidates, this decides.
     */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int same = 0;
        while (same < shorter.length() && longer.charAt(same) == shorter.charAt(same)) {
            same++;
        }
        if (same == shorter.length()) {
            return true;
        }
        return longer.length() == shorter.length()
                ? longer.substring(same + 1).equals(shorter.substring(same + 1))
                : longer.substring(same + 1).equals(shorter.substring(same));
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
            FormTerms lookedFor = termsByForm.get(form);
            if (lookedFor == null) {
                continue;
            }
            for (int term : lookedFor.oneWord()) {
                found.set(term);
            }
            Map<String, int[]> bySecond = lookedFor.bySecond();
            if (bySecond.size() <= positions.size()) {
                bySecond.forEach((second, anchored) -> {
                    if (positions.containsKey(second)) {
                        matchAnchored(anchored, positions, found);
                    }
                });
            } else {
                for (String second : positions.keySet()) {
                    int[] anchored = bySecond.get(second);
                    if (anchored != null) {
                        matchAnchored(anchored, positions, found);
                    }
                }
            }
        }
    }

    private void matchAnchored(int[] anchored, Map<String, List<Integer>> positions, BitSet found) {
        for (int term : anchored) {
            if (!found.get(term) && closeTogether(wordForms[term], positions)) {
                found.set(term);
            }
        }
    }

    private static int[] distinct(List<Integer> ids) {
        return ids.stream().mapToInt(Integer::intValue).distinct().toArray();
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
