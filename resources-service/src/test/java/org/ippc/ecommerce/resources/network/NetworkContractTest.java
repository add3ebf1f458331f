package org.ippc.ecommerce.resources.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The consumer side of the contract with network-service: every call of {@link NetworkRestClient}
 * and every field this service reads must be in network-service's committed OpenAPI document, with
 * the same JSON type. A provider change that renames or retypes one of them fails this build.
 */
class NetworkContractTest {
    private static final java.nio.file.Path PROVIDER_CONTRACT =
            java.nio.file.Path.of("../network-service/src/main/openapi/openapi.yaml");

    private final JsonNode contract = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(PROVIDER_CONTRACT.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("network-service's contract cannot be read at " + PROVIDER_CONTRACT, e);
        }
    }

    @Test
    void everyCallOfTheClientIsAnOperationOfTheProvider() {
        String base = NetworkRestClient.class.getAnnotation(Path.class).value();
        List<String> checked = new ArrayList<>();
        for (Method method : NetworkRestClient.class.getDeclaredMethods()) {
            assertNotNull(method.getAnnotation(GET.class), method + " is a GET");
            String path = base + method.getAnnotation(Path.class).value();
            JsonNode operation = contract.path("paths").path(path).path("get");
            assertFalse(operation.isMissingNode(), "network-service has no GET " + path);
            for (java.lang.reflect.Parameter parameter : method.getParameters()) {
                QueryParam query = parameter.getAnnotation(QueryParam.class);
                if (query != null) {
                    assertTrue(
                            StreamSupport.stream(operation.path("parameters").spliterator(), false)
                                    .anyMatch(p -> p.path("in").asText().equals("query")
                                            && p.path("name").asText().equals(query.value())),
                            "GET " + path + " takes no query parameter " + query.value());
                }
            }
            JsonNode schema = operation
                    .path("responses")
                    .path("200")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            assertCompatible(method.getGenericReturnType(), schema, "GET " + path);
            checked.add(path);
        }
        assertEquals(3, checked.size(), checked.toString());
    }

    @Test
    void theReasonsAnExpertIsNotEligibleAreTheOnesTheProviderDocuments() {
        JsonNode reasons = resolve(contract.path("components").path("schemas").path("Eligibility"))
                .path("properties")
                .path("reasons");
        List<String> documented = new ArrayList<>();
        reasons.path("enum").forEach(value -> documented.add(value.asText()));
        resolve(reasons.path("items")).path("enum").forEach(value -> documented.add(value.asText()));
        assertTrue(documented.contains("not-active"), documented.toString());
        assertFalse(documented.contains(ExpertEligibility.UNKNOWN_EXPERT), "unknown-expert is this service's own");
    }

    /** The provider's schema has every component of the record this service reads, with a compatible type. */
    private void assertCompatible(Type type, JsonNode schema, String where) {
        JsonNode resolved = resolve(schema);
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertTrue(types(resolved).contains("array"), where + " is not an array in the provider's contract");
            assertCompatible(list.getActualTypeArguments()[0], resolved.path("items"), where + "[]");
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonNode property = resolved.path("properties").path(component.getName());
                assertFalse(
                        property.isMissingNode(),
                        where + " has no field '" + component.getName() + "' in network-service's contract");
                assertCompatible(component.getGenericType(), property, where + "." + component.getName());
            }
            return;
        }
        String expected = raw == long.class || raw == int.class || raw == Long.class
                ? "integer"
                : raw == boolean.class ? "boolean" : "string";
        assertTrue(
                types(resolved).contains(expected),
                where + " is " + types(resolved) + " in the provider's contract, this service reads " + expected);
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.isEmpty()) {
            return schema;
        }
        return contract.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static List<String> types(JsonNode schema) {
        List<String> types = new ArrayList<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }
}
