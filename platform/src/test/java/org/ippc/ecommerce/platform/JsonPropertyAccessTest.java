package org.ippc.ecommerce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPropertyAccessTest {
    record Item(String id, List<String> matches, Map<String, Integer> counts, Double score) {}

    static final class Bean {
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    private static ObjectMapper customized() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonPropertyAccess().customize(mapper);
        return mapper;
    }

    @Test
    void theMapperReachesPropertiesThroughBlackbird() {
        assertTrue(customized().getRegisteredModuleIds().contains(new BlackbirdModule().getTypeId()));
    }

    @Test
    void bodiesReadAndWriteAsWithReflection() throws Exception {
        Item item = new Item("parcel-1", List.of("Coffea"), Map.of("en", 2), null);
        String written = customized().writeValueAsString(item);
        assertEquals(new ObjectMapper().writeValueAsString(item), written);
        assertEquals(item, customized().readValue(written, Item.class));
        Bean bean = customized().readValue("{\"name\": \"seeds\"}", Bean.class);
        assertEquals("seeds", bean.getName());
        assertEquals("{\"name\":\"seeds\"}", customized().writeValueAsString(bean));
    }
}
