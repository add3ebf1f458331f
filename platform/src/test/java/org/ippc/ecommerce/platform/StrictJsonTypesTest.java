package org.ippc.ecommerce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTypesTest {
    enum Kind {
        GUIDE,
        VIDEO
    }

    record Body(String reason, Integer year, Double share, Boolean consent, Kind kind, Map<String, String> titles) {}

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJsonTypes().customize(mapper);
        return mapper;
    }

    @Test
    void valuesOfTheFieldsOwnTypesAreRead() throws Exception {
        Body body = json.readValue("""
                {"reason": "superseded", "year": 2025, "share": 0.5, "consent": true, "kind": "VIDEO",
                 "titles": {"en": "Seeds"}}""", Body.class);
        assertEquals(new Body("superseded", 2025, 0.5, true, Kind.VIDEO, Map.of("en", "Seeds")), body);
    }

    @Test
    void aValueOfAnotherJsonTypeIsRefusedNotConverted() {
        for (String wrong : List.of(
                "{\"reason\": 12345}",
                "{\"reason\": 1.5}",
                "{\"reason\": false}",
                "{\"titles\": {\"en\": 7}}",
                "{\"year\": \"2025\"}",
                "{\"year\": 2025.7}",
                "{\"year\": true}",
                "{\"share\": \"0.5\"}",
                "{\"consent\": \"true\"}",
                "{\"consent\": 1}",
                "{\"kind\": 1}")) {
            assertThrows(MismatchedInputException.class, () -> json.readValue(wrong, Body.class), wrong);
        }
    }
}
