package org.ippc.ecommerce.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Jackson reaches the properties of request and response bodies through lambdas it generates once per property
 * (Blackbird) instead of a reflective call per property and value: a screening answer of a thousand items writes
 * some twenty thousand of them.
 */
@Singleton
class JsonPropertyAccess implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
