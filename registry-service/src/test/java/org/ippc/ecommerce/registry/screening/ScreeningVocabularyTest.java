package org.ippc.ecommerce.registry.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The vocabulary a translator edits names every class, and has every kind of word, in each of the twelve languages. */
class ScreeningVocabularyTest {
    private static final Set<String> LANGUAGES =
            Set.of("ar", "en", "es", "fr", "ru", "zh", "de", "pt", "it", "ja", "nl", "tr");
    private static final Set<String> CLASSES = Set.of(
            "plants-for-planting",
            "seeds",
            "bulbs-tubers",
            "cut-flowers-foliage",
            "fruits-vegetables",
            "soil-growing-media",
            "living-organisms",
            "wood-handicrafts",
            "other");

    private final ScreeningVocabulary vocabulary = ScreeningVocabulary.load(new ObjectMapper());

    @Test
    void everyClassHasItsWordsInEveryLanguage() {
        assertEquals(CLASSES, vocabulary.classes().keySet());
        vocabulary.classes().forEach((commodityClass, words) -> inEveryLanguage(commodityClass, words));
    }

    @Test
    void objectProduceAndFreshWordsAreInEveryLanguage() {
        inEveryLanguage("objects", vocabulary.objects());
        inEveryLanguage("produce", vocabulary.produce());
        inEveryLanguage("fresh", vocabulary.fresh());
    }

    private static void inEveryLanguage(String what, Map<String, List<String>> words) {
        assertEquals(LANGUAGES, words.keySet(), what);
        words.forEach((language, list) -> {
            assertFalse(list.isEmpty(), what + " " + language);
            list.forEach(word -> assertFalse(word.isBlank(), what + " " + language));
        });
    }
}
