package org.ippc.ecommerce.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Jackson reaches the properties of every JSON the services' mapper reads or writes through lambdas it generates once
 * per property (Blackbird) instead of a reflective call per property and value, which large answers (a screening's)
 * made a visible part of a request's CPU. Properties with a deserializer of their own keep Jackson's usual path.
 */
@Singleton
class JsonPropertyAccess implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
