package org.ippc.ecommerce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads src/test/resources/i18n/sample_*.properties, where Spanish and Russian are incomplete on purpose. */
class TranslationsTest {
    private final Translations sample = Translations.of("sample");

    @Test
    void answersInTheLanguageAskedFor() {
        assertEquals(new Translated("Poire", "fr"), sample.text("fruit.pear", "fr"));
        assertEquals(new Translated("كمثرى", "ar"), sample.text("fruit.pear", "ar"));
    }

    @Test
    void fallsBackToEnglishAndSaysSoWhenATranslationIsMissingOrEmpty() {
        assertEquals(new Translated("Pear", "en"), sample.text("fruit.pear", "es"));
        assertEquals(new Translated("Pear", "en"), sample.text("fruit.pear", "ru"));
        assertEquals(new Translated("Pear", "en"), sample.text("fruit.pear", "de"));
    }

    @Test
    void aKeyEnglishLacksIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> sample.text("fruit.plum", "es"));
    }

    @Test
    void namesEveryMissingEmptyAndStrayKey() {
        assertEquals(
                List.of(
                        "i18n/sample_es.properties lacks fruit.pear",
                        "i18n/sample_es.properties has fruit.plum, which English does not",
                        "i18n/sample_ru.properties lacks fruit.pear"),
                sample.defects());
    }

    @Test
    void aBundleWithoutEnglishIsRefused() {
        assertThrows(IllegalStateException.class, () -> Translations.of("absent"));
    }
}
