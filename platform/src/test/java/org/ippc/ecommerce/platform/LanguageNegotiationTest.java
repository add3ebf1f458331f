package org.ippc.ecommerce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageNegotiationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "NULL | en",
                "'' | en",
                "fr | fr",
                "fr-CA, en;q=0.5 | fr",
                "de, es;q=0.8, fr;q=0.5 | es",
                "de-DE, de;q=0.9 | en",
                "zh-Hant-TW | zh",
                "AR | ar",
                "* | en",
                "fr;q=0, ru | ru",
                "ru;q=0.2, ar;q=0.9 | ar",
                ";;q=fr | en"
            })
    void choosesTheCallersFirstOfficialLanguageOrEnglish(String acceptLanguage, String chosen) {
        assertEquals(chosen, LanguageNegotiation.preferred(acceptLanguage));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {"sw,fr,en | fr", "de,pt | en", "zh | zh", "'' | en"})
    void aPersonIsWrittenToInTheFirstOfTheirLanguagesThatIsOfficial(String languages, String expected) {
        assertEquals(
                expected,
                LanguageNegotiation.firstOfficial(languages.isEmpty() ? List.of() : List.of(languages.split(","))));
    }
}
