package org.ippc.ecommerce.registry.screening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WordFormsTest {

    private static boolean sameWord(String one, String other) {
        return Arrays.stream(WordForms.of(one))
                .anyMatch(form -> Arrays.asList(WordForms.of(other)).contains(form));
    }

    @Test
    void inflectedFormsOfOneWordShareAForm() {
        assertTrue(sameWord("tomatoes", "tomato"), "tomatoes / tomato");
        assertTrue(sameWord("semillas", "semilla"), "semillas / semilla");
        assertTrue(sameWord("graines", "graine"), "graines / graine");
        assertTrue(sameWord("sementes", "semente"), "sementes / semente");
        assertTrue(sameWord("berries", "berry"), "berries / berry");
    }

    @Test
    void differentWordsDoNot() {
        assertFalse(sameWord("seedless", "seeds"));
        assertFalse(sameWord("rose", "rosemary"));
    }
}
