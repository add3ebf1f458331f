package org.ippc.ecommerce.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The texts of one message bundle in the six official languages, read from {@code i18n/<bundle>_<language>.properties}
 * (UTF-8), files a translator edits without touching code. English is the reference: every key must be there, and a
 * key missing from another language falls back to its English text, which {@link Translated#language()} says.
 */
public final class Translations {
    private final String bundle;
    private final Map<String, Properties> byLanguage = new LinkedHashMap<>();

    private Translations(String bundle) {
        this.bundle = bundle;
        for (String language : OfficialLanguage.CODES) {
            byLanguage.put(language, read(fileOf(bundle, language)));
        }
        if (byLanguage.get(LanguageNegotiation.ENGLISH).isEmpty()) {
            throw new IllegalStateException(fileOf(bundle, LanguageNegotiation.ENGLISH) + " is missing or empty");
        }
    }

    public static Translations of(String bundle) {
        return new Translations(bundle);
    }

    /** The text of {@code key} in {@code language}, or in English when that language lacks it. */
    public Translated text(String key, String language) {
        String english = byLanguage.get(LanguageNegotiation.ENGLISH).getProperty(key);
        if (english == null || english.isBlank()) {
            throw new IllegalStateException(fileOf(bundle, LanguageNegotiation.ENGLISH) + " has no " + key);
        }
        Properties texts = byLanguage.get(language);
        String text = texts == null ? null : texts.getProperty(key);
        return text == null || text.isBlank()
                ? new Translated(english.strip(), LanguageNegotiation.ENGLISH)
                : new Translated(text.strip(), language);
    }

    /** Whether the English file has {@code key}, so that every language can answer it. */
    public boolean has(String key) {
        return byLanguage.get(LanguageNegotiation.ENGLISH).containsKey(key);
    }

    /**
     * What a translator must fix: keys of the English file that another language lacks or leaves empty, and keys
     * another language has that English does not (a renamed key left behind).
     */
    public List<String> defects() {
        Set<String> reference = byLanguage.get(LanguageNegotiation.ENGLISH).stringPropertyNames();
        List<String> defects = new ArrayList<>();
        byLanguage.forEach((language, texts) -> {
            String file = fileOf(bundle, language);
            for (String key : new TreeSet<>(reference)) {
                String text = texts.getProperty(key);
                if (text == null || text.isBlank()) {
                    defects.add(file + " lacks " + key);
                }
            }
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                if (!reference.contains(key)) {
                    defects.add(file + " has " + key + ", which English does not");
                }
            }
        });
        return defects;
    }

    private static String fileOf(String bundle, String language) {
        return "i18n/" + bundle + "_" + language + ".properties";
    }

    private static Properties read(String file) {
        Properties texts = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
