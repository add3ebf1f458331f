package org.ippc.ecommerce.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ippc.ecommerce.platform.OfficialLanguage;
import org.ippc.ecommerce.platform.Translations;
import org.junit.jupiter.api.Test;

/**
 * The message files a service ships (src/main/resources/i18n/&lt;bundle&gt;_&lt;language&gt;.properties) hold every key
 * in all six languages, and a public read that names terms answers in the language asked for and says so.
 */
public abstract class TranslationConventions {
    private static final Path MESSAGE_FILES = Path.of("src/main/resources/i18n");

    /** A public read whose answer is translated; every name in it must be in the language asked for. */
    protected abstract String translatedRead();

    /** Where the {@code nameLanguage} of every term of {@link #translatedRead()} is, as a REST Assured path. */
    protected abstract String nameLanguages();

    @Test
    void everyMessageFileHasEveryKeyInEveryLanguage() throws IOException {
        List<String> bundles;
        try (Stream<Path> files = Files.list(MESSAGE_FILES)) {
            bundles = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("_en.properties"))
                    .map(name -> name.substring(0, name.length() - "_en.properties".length()))
                    .toList();
        }
        assertFalse(bundles.isEmpty(), "no message files in " + MESSAGE_FILES);
        for (String bundle : bundles) {
            assertEquals(List.of(), Translations.of(bundle).defects());
        }
    }

    @Test
    void everyMailTemplateIsInEveryLanguage() throws IOException {
        Path templates = Path.of("src/main/resources/templates/mail");
        if (!Files.isDirectory(templates)) {
            return;
        }
        List<String> names;
        try (Stream<Path> files = Files.list(templates)) {
            names = files.map(file -> file.getFileName().toString()).toList();
        }
        for (String english :
                names.stream().filter(name -> name.endsWith("_en.txt")).toList()) {
            String template = english.substring(0, english.length() - "_en.txt".length());
            for (String language : OfficialLanguage.CODES) {
                assertTrue(
                        names.contains(template + "_" + language + ".txt"),
                        templates + ": no " + template + " in " + language);
            }
        }
    }

    @Test
    void answersInEachOfficialLanguageAndNamesIt() {
        for (String language : OfficialLanguage.CODES) {
            List<String> named = given().header("Accept-Language", language + ";q=0.9, de")
                    .get(translatedRead())
                    .then()
                    .statusCode(200)
                    .header("Content-Language", language)
                    .header("Vary", equalTo("Accept-Language"))
                    .extract()
                    .path(nameLanguages());
            assertFalse(named.isEmpty(), translatedRead() + " named nothing");
            named.forEach(actual -> assertEquals(language, actual, translatedRead() + " answered a name in " + actual));
        }
    }

    @Test
    void aLanguageOutsideTheSixIsAnsweredInEnglish() {
        given().header("Accept-Language", "de-CH, de;q=0.9")
                .get(translatedRead())
                .then()
                .statusCode(200)
                .header("Content-Language", "en");
    }
}
