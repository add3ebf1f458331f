package org.ippc.ecommerce.registry.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The words of screening that are not a product's, per language: for each commodity class, the generic words
 * that name it ("seeds", "Samen", "tohum", "種"); the words that make a listing an object rather than living
 * plant material ("artificial", "Handyhülle", "造花"); and the fruits and vegetables that, named with a word
 * saying they are sold fresh ("frische Feigen", "taze mandalina"), are fresh produce. Kept in
 * {@code screening/vocabulary.json}, a file a plant-health officer or a translator can edit.
 */
public record ScreeningVocabulary(
        Map<String, Map<String, List<String>>> classes,
        Map<String, List<String>> objects,
        Map<String, List<String>> produce,
        Map<String, List<String>> fresh) {
    private static final String RESOURCE = "/screening/vocabulary.json";

    public static ScreeningVocabulary load(ObjectMapper json) {
        try (InputStream in = ScreeningVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return json.readValue(in, ScreeningVocabulary.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
