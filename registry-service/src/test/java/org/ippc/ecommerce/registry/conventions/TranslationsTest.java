package org.ippc.ecommerce.registry.conventions;

import io.quarkus.test.junit.QuarkusTest;
import org.ippc.ecommerce.platform.testing.TranslationConventions;

@QuarkusTest
class TranslationsTest extends TranslationConventions {
    @Override
    protected String translatedRead() {
        return "/v1/required-documents";
    }

    @Override
    protected String nameLanguages() {
        return "nameLanguage";
    }
}
