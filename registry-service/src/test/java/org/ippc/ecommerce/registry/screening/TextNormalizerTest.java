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

    @Test
    void asciiTextIsLowerCasedWithEachRunOfOtherCharactersOneSpace() {
        assertEquals("tomato seeds 50pcs for sale", TextNormalizer.clean("  Tomato-SEEDS,\t50pcs -- for_sale!! "));
        assertEquals(
                List.of("tomato", "seeds", "50pcs", "sale"),
                TextNormalizer.Cleaned.of("Tomato-SEEDS, 50pcs for sale").words());
        assertEquals("", TextNormalizer.clean("--- !!! ---"));
        assertEquals(List.of(), TextNormalizer.Cleaned.of(" ... ").words());
    }

    @Test
    void aCleanedTextKeepsItsUnspacedRun() {
        TextNormalizer.Cleaned mixed = TextNormalizer.Cleaned.of("盆景 Abies 种子");
        assertEquals("盆景种子", mixed.unspacedRun());
        assertEquals(List.of("abies"), mixed.words());
        assertEquals("", TextNormalizer.Cleaned.of("Abies seeds").unspacedRun());
        // A Han character outside the Basic Multilingual Plane, written as two chars.
        assertEquals(
                "\uD840\uDC00", TextNormalizer.Cleaned.of("Abies \uD840\uDC00").unspacedRun());
    }
}
