package org.ippc.ecommerce.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Collection;

/**
 * Every JSON array the API reads is refused past {@value #MAX_ITEMS} items, with a 413 naming its field: no field takes
 * more than 1,000. Hibernate Validator checks each item of a list before the list's own size, and its work grows with
 * the square of the items: 300,000 empty names in a 1.2 MB body kept a core busy for minutes, 10,000 for 3.8 s, 2,000
 * for 0.13 s.
 */
@Singleton
class BoundedJsonArrays implements ObjectMapperCustomizer {
    static final int MAX_ITEMS = 2_000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("bounded-json-arrays").setDeserializerModifier(new Bounding()));
    }

    private static final class Bounding extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(
                DeserializationConfig config,
                CollectionType type,
                BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return new Bounded(deserializer);
        }
    }

    private static final class Bounded extends DelegatingDeserializer {
        Bounded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof Collection<?> items && items.size() > MAX_ITEMS) {
                throw new TooManyItems(parser, items.size());
            }
            return value;
        }
    }

    /** A list past the bound; Jackson adds the field's path as the exception leaves the object holding it. */
    static final class TooManyItems extends MismatchedInputException {
        private final int items;

        TooManyItems(JsonParser parser, int items) {
            super(parser, "%d items; at most %d".formatted(items, MAX_ITEMS), Collection.class);
            this.items = items;
        }

        int items() {
            return items;
        }
    }
}
