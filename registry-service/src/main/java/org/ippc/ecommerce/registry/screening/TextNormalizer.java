package org.ippc.ecommerce.registry.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns listing text and search terms into comparable words: lower case, without accents or
 * Arabic vowel marks, without punctuation, small function words dropped ({@link WordForms} then stems them).
 * Scripts written without spaces (Chinese, Japanese) are kept as one run of characters.
 */
final class TextNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String UNSPACED = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]";
    private static final String SPACED = "[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]";
    /** Where a run of Chinese or Japanese meets a word of another script ("Abies盆景"). */
    private static final Pattern SCRIPT_BOUNDARY =
            Pattern.compile("(?<=" + UNSPACED + ")(?=" + SPACED + ")|(?<=" + SPACED + ")(?=" + UNSPACED + ")");

    /** Below U+2E80 (CJK radicals) no character is Han, Hiragana or Katakana. */
    private static final int FIRST_UNSPACED = 0x2E80;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "and", "for", "of", "the", "with", // en
            "de", "del", "el", "la", "las", "los", "para", "y", "con", // es
            "d", "des", "du", "en", "et", "l", "le", "les", "pour", "avec", // fr
            "и", "для", "с", // ru
            "من", "و", "في", // ar
            "der", "die", "das", "und", "fur", "mit", "zum", "zur", "von", // de
            "da", "do", "dos", "e", "com", // pt
            "di", "il", "lo", "gli", "per", // it
            "het", "een", "van", "voor", "met", "om", "te", // nl
            "ve", "ile", "icin"); // tr

    private static final int LONGEST_FUNCTION_WORD =
            FUNCTION_WORDS.stream().mapToInt(String::length).max().orElseThrow();

    private TextNormalizer() {}

    /**
     * A text {@link #clean cleaned}, with its {@link #words words} and its {@link #unspacedRun unspaced run}: what
     * the matchers read, worked out once however many matchers read it.
     */
    record Cleaned(String text, List<String> words, String unspacedRun) {
        static Cleaned of(String text) {
            String cleaned = clean(text);
            boolean unspaced = isUnspaced(cleaned);
            return new Cleaned(
                    cleaned,
                    TextNormalizer.words(cleaned, unspaced),
                    unspaced ? TextNormalizer.unspacedRun(cleaned) : "");
        }

        /** Each field cleaned, in the fields' order; a field without text stays null. */
        static Map<String, Cleaned> ofFields(Map<String, String> fields) {
            Map<String, Cleaned> cleaned = new LinkedHashMap<>();
            fields.forEach((field, text) -> cleaned.put(field, text == null ? null : of(text)));
            return cleaned;
        }
    }

    /**
     * Lower case, accents and marks removed, Arabic letter variants unified, punctuation as spaces,
     * and a space between a run of Chinese or Japanese and a word of another script.
     */
    static String clean(String text) {
        // ASCII has no accents, marks, Arabic letters or unspaced scripts: most listings skip the folding.
        return isAscii(text) ? asciiSpacedWords(text) : spacedWords(fold(text));
    }

    /** {@link #spacedWords} of an ASCII text, in lower case, a char at a time. */
    private static String asciiSpacedWords(String text) {
        char[] spaced = new char[text.length()];
        int length = 0;
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiLetterOrDigit(c)) {
                if (gap && length > 0) {
                    spaced[length++] = ' ';
                }
                spaced[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                gap = false;
            } else {
                gap = true;
            }
        }
        return new String(spaced, 0, length);
    }

    /** Each run of characters that are neither letters nor numbers as one space, none at either end. */
    private static String spacedWords(String text) {
        StringBuilder spaced = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint < 0x80 ? isAsciiLetterOrDigit(codePoint) : isLetterOrNumber(codePoint)) {
                if (gap && !spaced.isEmpty()) {
                    spaced.append(' ');
                }
                spaced.appendCodePoint(codePoint);
                gap = false;
            } else {
                gap = true;
            }
        }
        return spaced.toString();
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    /** As the regular expression classes \p{L} and \p{N}. */
    private static boolean isLetterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        String unmarked = MARKS.matcher(decomposed).replaceAll("");
        String arabic = unmarked.replace('أ', 'ا')
                .replace('إ', 'ا')
                .replace('آ', 'ا')
                .replace('ى', 'ي')
                .replace("ـ", "");
        return isUnspaced(arabic) ? SCRIPT_BOUNDARY.matcher(arabic).replaceAll(" ") : arabic;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The words of a {@link #clean cleaned} text, in order (function words dropped). */
    static List<String> words(String cleaned) {
        return words(cleaned, isUnspaced(cleaned));
    }

    /**
     * The words of a cleaned text, in order, without function words nor, when {@code anyUnspaced}, words of Chinese
     * or Japanese. Only a word short enough to be a function word is looked up among them.
     */
    private static List<String> words(String cleaned, boolean anyUnspaced) {
        List<String> words = new ArrayList<>();
        int start = 0;
        while (start < cleaned.length()) {
            int end = cleaned.indexOf(' ', start);
            if (end < 0) {
                end = cleaned.length();
            }
            if (end > start) {
                String word = cleaned.substring(start, end);
                boolean functionWord = word.length() <= LONGEST_FUNCTION_WORD && FUNCTION_WORDS.contains(word);
                if (!functionWord && !(anyUnspaced && isUnspaced(word))) {
                    words.add(word);
                }
            }
            start = end + 1;
        }
        return words;
    }

    /** The characters of scripts written without spaces in a {@link #clean cleaned} text, run together. */
    static String unspacedRun(String cleaned) {
        if (!isUnspaced(cleaned)) {
            return "";
        }
        StringBuilder run = new StringBuilder();
        cleaned.codePoints().filter(TextNormalizer::isUnspaced).forEach(run::appendCodePoint);
        return run.toString();
    }

    static boolean isUnspaced(String word) {
        for (int i = 0; i < word.length(); i++) {
            // A char below the first unspaced one is neither such a character nor half of one.
            if (word.charAt(i) >= FIRST_UNSPACED && isUnspaced(word.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnspaced(int codePoint) {
        if (codePoint < FIRST_UNSPACED) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
