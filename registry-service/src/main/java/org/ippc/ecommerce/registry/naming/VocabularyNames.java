package org.ippc.ecommerce.registry.naming;

import jakarta.enterprise.context.ApplicationScoped;
import org.ippc.ecommerce.platform.Translated;
import org.ippc.ecommerce.platform.Translations;

/** The names of the registry's controlled vocabularies in the six languages (i18n/vocabulary_*.properties). */
@ApplicationScoped
public class VocabularyNames {
    private final Translations names = Translations.of("vocabulary");

    /** The name of {@code code} of {@code kind}, in {@code language} or, where it has no translation, in English. */
    public Translated name(String kind, String code, String language) {
        return names.text(kind + "." + code, language);
    }

    public Translated description(String kind, String code, String language) {
        return names.text(kind + "." + code + ".description", language);
    }
}
