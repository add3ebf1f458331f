package org.ippc.ecommerce.platform;

import java.util.Map;

/** A text and the language it is really in: English when the language asked for has no translation of it. */
public record Translated(String text, String language) {

    /** The translation in {@code language}, or the English text when there is none in it. */
    public static Translated in(String language, String english, Map<String, String> translations) {
        String translated = translations.get(language);
        return translated == null
                ? new Translated(english, LanguageNegotiation.ENGLISH)
                : new Translated(translated, language);
    }
}
