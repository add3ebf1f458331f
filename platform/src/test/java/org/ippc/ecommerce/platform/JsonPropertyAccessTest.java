package org.ippc.ecommerce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPropertyAccessTest {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String id, List<String> matches, Map<String, Integer> counts, Double score) {}

    public static final class Setters {
        private String name;
        private int year;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getYear() {
            return year;
        }

        public void setYear(int year) {
            this.year = year;
        }
    }

    /** The services' mapper: the platform's other customizers, then property access through Blackbird. */
    private static ObjectMapper services(boolean blackbird) {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJsonTypes().customize(mapper);
        new ControlCharacterFreeStrings().customize(mapper);
        if (blackbird) {
            new JsonPropertyAccess().customize(mapper);
        }
        return mapper;
    }

    @Test
    void theMapperReachesPropertiesThroughBlackbird() {
        assertTrue(services(true).getRegisteredModuleIds().contains(new BlackbirdModule().getTypeId()));
    }

    @Test
    void bodiesAreWrittenAndReadAsWithReflection() throws Exception {
        Item item = new Item("parcel-1", List.of("Coffea"), Map.of("en", 2), null);
        String written = services(true).writeValueAsString(item);
        assertEquals(services(false).writeValueAsString(item), written);
        assertEquals(item, services(true).readValue(written, Item.class));
        Setters read = services(true).readValue("{\"name\": \"seeds\", \"year\": 2025}", Setters.class);
        assertEquals(services(false).writeValueAsString(read), services(true).writeValueAsString(read));
        assertEquals(2025, read.getYear());
    }

    @Test
    void theOtherCustomizersStillRefuseThroughSetters() {
        ObjectMapper mapper = services(true);
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"year\": \"2025\"}", Setters.class));
        assertThrows(
                InvalidFormatException.class, () -> mapper.readValue("{\"name\": \"seeds\\u0007\"}", Setters.class));
    }
}
