package org.ippc.ecommerce.resources.submission;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words a text is searched by, made the same way for what is stored and what is asked, so
 * that search works alike in every language: letters folded to their base form (accents and
 * Arabic vowel marks dropped, Arabic letter variants unified, the article "ال" dropped), and
 * Chinese and Japanese, which have no spaces, cut into overlapping character pairs.
 */
public final class SearchTokens {
    private static final int MAX_TOKENS = 2_000;
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "by", "for", "from", "in", "is", "of", "on", "or", "the", "to", "with",
            "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "un", "une", "el", "los",
            "las", "y", "o", "del", "con", "para", "por", "и", "в", "на", "с", "по", "для", "или");

    private SearchTokens() {}

    /** The distinct search words of a text, in order of first appearance. */
    public static List<String> of(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        StringBuilder ideographs = new StringBuilder();
        String folded = fold(text);
        for (int i = 0; i < folded.length() && tokens.size() < MAX_TOKENS; ) {
            int codePoint = folded.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isIdeographic(codePoint)) {
                addWord(word, tokens);
                ideographs.appendCodePoint(codePoint);
            } else if (Character.isLetterOrDigit(codePoint)) {
                addPairs(ideographs, tokens);
                word.appendCodePoint(codePoint);
            } else {
                addWord(word, tokens);
                addPairs(ideographs, tokens);
            }
        }
        addWord(word, tokens);
        addPairs(ideographs, tokens);
        return List.copyOf(tokens);
    }

    /**
     * A PostgreSQL {@code tsquery} that finds texts holding every word of the query, each also
     * as the start of a longer word ("seed" finds "seeds"); empty when the query has no words.
     */
    public static String query(String text) {
        return of(text).stream().map(token -> "'" + token + "':*").collect(Collectors.joining(" & "));
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(codePoint -> {
            if (Character.getType(codePoint) == Character.NON_SPACING_MARK || codePoint == 'ـ') {
                return;
            }
            folded.appendCodePoint(
                    switch (codePoint) {
                        case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                        case 'ة' -> 'ه';
                        case 'ى' -> 'ي';
                        default -> codePoint;
                    });
        });
        return Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static void addWord(StringBuilder word, Set<String> tokens) {
        if (word.isEmpty()) {
            return;
        }
        String token = word.toString();
        word.setLength(0);
        if (token.startsWith("ال") && token.length() > 3) {
            token = token.substring(2);
        }
        if (!STOP_WORDS.contains(token)) {
            tokens.add(token);
        }
    }

    private static void addPairs(StringBuilder ideographs, Set<String> tokens) {
        if (ideographs.isEmpty()) {
            return;
        }
        int[] codePoints = ideographs.codePoints().toArray();
        ideographs.setLength(0);
        if (codePoints.length == 1) {
            tokens.add(new String(codePoints, 0, 1));
            return;
        }
        for (int i = 0; i + 1 < codePoints.length; i++) {
            tokens.add(new String(codePoints, i, 2));
        }
    }

    private static boolean isIdeographic(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
