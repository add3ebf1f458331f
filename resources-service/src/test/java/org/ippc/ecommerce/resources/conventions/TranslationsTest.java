package org.ippc.ecommerce.resources.conventions;

import io.quarkus.test.junit.QuarkusTest;
import org.ippc.ecommerce.platform.testing.TranslationConventions;

@QuarkusTest
class TranslationsTest extends TranslationConventions {
    @Override
    protected String translatedRead() {
        return "/v1/vocabularies";
    }

    @Override
    protected String nameLanguages() {
        return "collect { it.value }.flatten().nameLanguage";
    }
}
