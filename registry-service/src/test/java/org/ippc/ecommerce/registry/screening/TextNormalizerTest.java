package org.ippc.ecommerce.registry.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void asciiAndAccentedTextFoldToTheSameWords() {
        assertEquals(List.of("pepiniere", "rose"), TextNormalizer.words(TextNormalizer.clean("Pépinière: ROSES!")));
        assertEquals(List.of("pepiniere", "rose"), TextNormalizer.words(TextNormalizer.clean("Pepiniere: ROSES!")));
        assertEquals("semilla tomate", TextNormalizer.clean("¡Semilla, TOMATE!"));
    }

    @Test
    void pluralEndingsAreReduced() {
        assertEquals("tomato", TextNormalizer.stem("tomatoes"));
        assertEquals("flor", TextNormalizer.stem("flores"));
        assertEquals("arbol", TextNormalizer.stem("arboles"));
        assertEquals("plante", TextNormalizer.stem("plantes"));
        assertEquals("bulb", TextNormalizer.stem("bulbs"));
        assertEquals("moss", TextNormalizer.stem("moss"));
        assertEquals("iris", TextNormalizer.stem("iris"));
        assertEquals("berry", TextNormalizer.stem("berries"));
    }

    @Test
    void unspacedScriptsAreSeparatedFromOtherWordsAndRunTogether() {
        assertEquals("abies 盆景", TextNormalizer.clean("Abies盆景"));
        assertEquals("盆景种子", TextNormalizer.unspacedRun(TextNormalizer.clean("盆景 Abies 种子")));
        assertEquals(List.of("orchid"), TextNormalizer.words(TextNormalizer.clean("Orchids盆景")));
    }
}
