package org.ippc.ecommerce.registry.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns listing text and search terms into comparable words: lower case, without accents or
 * Arabic vowel marks, without punctuation, plural endings reduced, small function words dropped.
 * Scripts written without spaces (Chinese, Japanese) are kept as one run of characters.
 */
final class TextNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String UNSPACED = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]";
    private static final String SPACED = "[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]";
    /** Where a run of Chinese or Japanese meets a word of another script ("Abies盆景"). */
    private static final Pattern SCRIPT_BOUNDARY =
            Pattern.compile("(?<=" + UNSPACED + ")(?=" + SPACED + ")|(?<=" + SPACED + ")(?=" + UNSPACED + ")");

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "and", "for", "of", "the", "with", // en
            "de", "del", "el", "la", "las", "los", "para", "y", "con", // es
            "d", "des", "du", "en", "et", "l", "le", "les", "pour", "avec", // fr
            "и", "для", "с", // ru
            "من", "و", "في"); // ar

    private TextNormalizer() {}

    /**
     * Lower case, accents and marks removed, Arabic letter variants unified, punctuation as spaces,
     * and a space between a run of Chinese or Japanese and a word of another script.
     */
    static String clean(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        String unmarked = MARKS.matcher(decomposed).replaceAll("");
        String arabic = unmarked.replace('أ', 'ا')
                .replace('إ', 'ا')
                .replace('آ', 'ا')
                .replace('ى', 'ي')
                .replace("ـ", "");
        String spaced = isUnspaced(arabic) ? SCRIPT_BOUNDARY.matcher(arabic).replaceAll(" ") : arabic;
        return NOT_WORD.matcher(spaced).replaceAll(" ").strip();
    }

    /** The comparable words of a text, in order (function words dropped). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : clean(text).split(" ")) {
            if (!word.isEmpty() && !FUNCTION_WORDS.contains(word) && !isUnspaced(word)) {
                words.add(stem(word));
            }
        }
        return words;
    }

    /** The text's characters of scripts written without spaces, run together. */
    static String unspacedRun(String text) {
        StringBuilder run = new StringBuilder();
        clean(text).codePoints().filter(TextNormalizer::isUnspaced).forEach(run::appendCodePoint);
        return run.toString();
    }

    static boolean isUnspaced(String word) {
        return word.codePoints().anyMatch(TextNormalizer::isUnspaced);
    }

    private static boolean isUnspaced(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Reduces the regular plural endings of Latin-script words and the Arabic article. */
    static String stem(String word) {
        if (word.length() > 3 && word.startsWith("ال")) {
            return word.substring(2);
        }
        if (word.length() <= 3 || !word.chars().allMatch(c -> c < 0x250)) {
            return word;
        }
        if (word.endsWith("eaux") || word.endsWith("oux")) {
            return word.substring(0, word.length() - 1);
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("oes") || word.matches(".*[rln]es")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
