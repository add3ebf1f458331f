package org.ippc.ecommerce.registry.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void asciiAndAccentedTextFoldToTheSameWords() {
        assertEquals(List.of("pepiniere", "roses"), TextNormalizer.words(TextNormalizer.clean("Pépinière: ROSES!")));
        assertEquals(List.of("pepiniere", "roses"), TextNormalizer.words(TextNormalizer.clean("Pepiniere: ROSES!")));
        assertEquals("semilla tomate", TextNormalizer.clean("¡Semilla, TOMATE!"));
    }

    @Test
    void unspacedScriptsAreSeparatedFromOtherWordsAndRunTogether() {
        assertEquals("abies 盆景", TextNormalizer.clean("Abies盆景"));
        assertEquals("盆景种子", TextNormalizer.unspacedRun(TextNormalizer.clean("盆景 Abies 种子")));
        assertEquals(List.of("orchids"), TextNormalizer.words(TextNormalizer.clean("Orchids盆景")));
    }
}
