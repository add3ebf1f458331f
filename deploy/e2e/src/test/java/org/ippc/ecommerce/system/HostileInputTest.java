package org.ippc.ecommerce.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.system.RunningSystem.Service;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the three services, read from the OpenAPI document each serves, gets generated bad
 * input: wrong types, missing and extra fields, empty and huge strings, huge arrays, deep nesting, control
 * characters and mixed scripts, SQL, HTML and CSV-formula injection, invalid cursors, ETags, dates and codes.
 * None may answer 5xx or hang; every refusal is an RFC 9457 problem; and no table of any database changes.
 * The caller holds every role with every scope, so that authorization lets the input reach the checks.
 */
@Order(Integer.MIN_VALUE) // first, on the empty shared system: see junit-platform.properties
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<Service, Integer> API_BODY_LIMIT_MB =
            Map.of(Service.REGISTRY, 8, Service.NETWORK, 1, Service.RESOURCES, 1);
    private static final List<String> HOSTILE_STRINGS = List.of(
            "",
            "x".repeat(200_000),
            "\u0000\u0001\u0007\u001b[31m\r\n\t",
            "Abies盆景ـمرحبا\u202eгрибы\uD83C\uDF31",
            "' OR '1'='1'; DROP TABLE trader; --",
            "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>",
            "=cmd|' /C calc'!A0",
            "+SUM(1+1)*cmd|' /C calc'!A0");
    private static final List<String> BAD_PATH_VALUES =
            List.of("abc", "-1", "0", "99999999999999999999", "1' or '1'='1", "<b>1</b>", "%00");
    private static final List<String> BAD_TYPED_VALUES =
            List.of("not-a-value", "-1", "99999999999999999999", "2026-02-30", "ZZZ", "!!not-a-cursor==", "\u0000");
    private static final List<String> FREE_TEXT_VALUES = List.of(
            "x".repeat(2_000),
            "\u0000\u0001\u001b[31m",
            "Abies盆景ـمرحبا\u202eгрибы",
            "' OR '1'='1'; --",
            "<script>alert(1)</script>",
            "=cmd|' /C calc'!A0",
            "%");

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesBadInputWithAProblemAndWritesNothing() throws IOException {
        RunningSystem system = RunningSystem.get();
        String token = Tokens.everyRole();
        Map<String, String> before = withoutJobRecords(system.contentDigests());
        List<DynamicTest> probes = new ArrayList<>();
        for (Service service : Service.values()) {
            String base = system.url(service);
            JsonNode document =
                    JSON.readTree(given().get(base + "/q/openapi?format=json").asString());
            document.path("paths").properties().forEach(path -> path.getValue()
                    .properties()
                    .forEach(operation -> probes.addAll(probes(
                            service, base, token, path.getKey(), operation.getKey(), operation.getValue(), document))));
        }
        probes.add(dynamicTest(
                "no table of any database changed",
                () -> assertEquals(before, withoutJobRecords(system.contentDigests()))));
        return probes.stream();
    }

    /** The record of import jobs, which keeps the jobs that refused their files: what they refused is the test. */
    private static Map<String, String> withoutJobRecords(Map<String, String> digests) {
        Map<String, String> kept = new LinkedHashMap<>(digests);
        kept.keySet().removeIf(table -> table.startsWith("registry-service.trader_import_job"));
        return kept;
    }

    private List<DynamicTest> probes(
            Service service,
            String base,
            String token,
            String path,
            String method,
            JsonNode operation,
            JsonNode document) {
        List<DynamicTest> probes = new ArrayList<>();
        String name = service.module + " " + method.toUpperCase() + " " + path;
        boolean hasPathParameters = path.contains("{");
        String aPath = path.replaceAll("\\{[^}]+}", "1");
        boolean jsonBody = operation.path("requestBody").path("content").has("application/json");
        boolean csvBody = operation.path("requestBody").path("content").has("text/csv");

        if (hasPathParameters) {
            for (String value : BAD_PATH_VALUES) {
                String concrete = path.replaceAll("\\{[^}]+}", encode(value));
                probes.add(probe(name + " path=" + value, true, () -> request(token, jsonBody ? "{}" : null)
                        .request(method, base + concrete)));
            }
        }
        for (JsonNode parameter : operation.path("parameters")) {
            String in = parameter.path("in").asText();
            String parameterName = parameter.path("name").asText();
            if (in.equals("query")) {
                boolean typed = typed(resolve(parameter.path("schema"), document), parameterName);
                for (String value : typed ? BAD_TYPED_VALUES : FREE_TEXT_VALUES) {
                    probes.add(probe(name + " ?" + parameterName + "=" + shortened(value), typed, () -> request(
                                    token, jsonBody ? "{}" : null)
                            .request(method, base + aPath + "?" + parameterName + "=" + encode(value))));
                }
            } else if (in.equals("header") && parameterName.startsWith("If-")) {
                for (String value : List.of("garbage", "\"\"", "W/\"", "*, \"x\"")) {
                    boolean refused = parameterName.equals("If-Match");
                    probes.add(probe(name + " " + parameterName + ": " + value, refused, () -> request(
                                    token, jsonBody ? "{}" : null)
                            .header(parameterName, value)
                            .request(method, base + aPath)));
                }
            }
        }
        if (jsonBody) {
            JsonNode schema = resolve(
                    operation
                            .path("requestBody")
                            .path("content")
                            .path("application/json")
                            .path("schema"),
                    document);
            for (Map.Entry<String, String> body : badBodies(schema, document).entrySet()) {
                probes.add(probe(name + " body: " + body.getKey(), true, () -> request(token, body.getValue())
                        .request(method, base + aPath)));
            }
        }
        if (jsonBody || csvBody) {
            // One megabyte past the service's ippc.api.max-body-size, refused from its Content-Length alone: the
            // client waits for 100 Continue and never sends it. (Past quarkus.http.limits.max-body-size, the HTTP
            // server itself answers a bare 413 and closes the connection.)
            int megabytes = API_BODY_LIMIT_MB.get(service) + 1;
            String tooLarge = "{\"a\": \"" + "x".repeat(megabytes * 1024 * 1024) + "\"}";
            probes.add(probe(name + " body of " + megabytes + " MB", true, () -> given().config(RestAssured.config()
                            .httpClient(RestAssured.config()
                                    .getHttpClientConfig()
                                    .setParam("http.protocol.expect-continue", true)))
                    .auth()
                    .oauth2(token)
                    .contentType(csvBody ? "text/csv" : "application/json")
                    .body(tooLarge)
                    .request(method, base + aPath)));
        }
        if (csvBody) {
            // A job (202) reads its file after the answer: it may accept a bad file, which it must then refuse.
            boolean job = operation.path("responses").has("202");
            for (Map.Entry<String, String> file : badCsvFiles().entrySet()) {
                String probeName = name + " file: " + file.getKey();
                Supplier<Response> send = () -> given().auth()
                        .oauth2(token)
                        .contentType("text/csv")
                        .body(file.getValue())
                        .request(method, base + aPath);
                probes.add(job ? jobProbe(probeName, base, token, send) : probe(probeName, true, send));
            }
        }
        return probes;
    }

    /** One request: never a 5xx; a problem whenever refused; and refused outright where the input is certainly bad. */
    private static DynamicTest probe(String name, boolean mustBeRefused, Supplier<Response> send) {
        return dynamicTest(name, () -> {
            Response response = send.get();
            int status = response.statusCode();
            assertTrue(status < 500, () -> name + " answered " + status + ": " + response.asString());
            if (mustBeRefused) {
                assertTrue(status >= 400, () -> name + " was accepted (" + status + "): " + response.asString());
            }
            if (status >= 400) {
                assertTrue(
                        response.contentType().startsWith("application/problem+json"),
                        () -> name + " answered " + status + " as " + response.contentType() + ": "
                                + response.asString());
                assertEquals(status, response.jsonPath().getInt("status"), name);
            }
        });
    }

    /** A job's file: refused outright, or accepted and then found bad by the job, which writes none of it. */
    private static DynamicTest jobProbe(String name, String base, String token, Supplier<Response> send) {
        return dynamicTest(name, () -> {
            Response response = send.get();
            if (response.statusCode() != 202) {
                probe(name, true, () -> response).getExecutable().execute();
                return;
            }
            String location = response.header("Location");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            JsonPath job = given().auth().oauth2(token).get(location).jsonPath();
            while (List.of("queued", "running").contains(job.getString("status"))
                    && Instant.now().isBefore(deadline)) {
                RunningSystem.sleep(Duration.ofMillis(100));
                job = given().auth().oauth2(token).get(location).jsonPath();
            }
            JsonPath ended = job;
            assertTrue(
                    ended.getString("status").equals("failed")
                            || (ended.getString("status").equals("finished") && ended.getInt("rejected") > 0),
                    () -> name + " was taken by its job: " + ended.prettify());
            assertFalse(ended.getBoolean("written"), () -> name + " was written by its job: " + ended.prettify());
        });
    }

    private static RequestSpecification request(String token, String jsonBody) {
        RequestSpecification request = given().urlEncodingEnabled(false).auth().oauth2(token);
        return jsonBody == null
                ? request
                : request.contentType("application/json").body(jsonBody);
    }

    /** Bodies that cannot be valid for the schema: each says in its name what is wrong with it. */
    private static Map<String, String> badBodies(JsonNode schema, JsonNode document) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty", "");
        bodies.put("null", "null");
        bodies.put("not JSON", "{\"a\": ");
        bodies.put("array instead of object", "[]");
        bodies.put("missing fields, an unknown one", "{\"unexpectedField\": true}");
        bodies.put("nested 5,000 deep", "[".repeat(5_000) + "]".repeat(5_000));
        bodies.put("object nested 5,000 deep", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
        bodies.put("every field the wrong type", withEveryField(schema, document, (type) -> switch (type) {
            case "string" -> JSON.getNodeFactory().numberNode(12345);
            case "array" -> JSON.getNodeFactory().textNode("not a list");
            case "object" -> JSON.createArrayNode();
            default -> JSON.getNodeFactory().textNode("not a " + type);
        }));
        ArrayNode huge = JSON.createArrayNode();
        for (int i = 0; i < 100_000; i++) {
            huge.add("FR");
        }
        bodies.put(
                "every list 100,000 long",
                withEveryField(schema, document, type -> type.equals("array") ? huge : null));
        for (String hostile : HOSTILE_STRINGS) {
            bodies.put("every text " + shortened(hostile), withEveryField(schema, document, type -> switch (type) {
                case "string" -> JSON.getNodeFactory().textNode(hostile);
                case "array" -> JSON.createArrayNode().add(hostile);
                default -> null;
            }));
        }
        return bodies;
    }

    private static String withEveryField(JsonNode schema, JsonNode document, Function<String, JsonNode> valueFor) {
        ObjectNode body = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields =
                        schema.path("properties").fields();
                fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = valueFor.apply(type(resolve(field.getValue(), document)));
            if (value != null) {
                body.set(field.getKey(), value);
            }
        }
        return body.toString();
    }

    private static Map<String, String> badCsvFiles() {
        String header = "legalName,countryCode,websites,stores,productClasses\n";
        return Map.of(
                "formula injection and bad codes",
                header + "\"=cmd|' /C calc'!A0\",ZZ,not a url,etsy,no-such-class\n",
                "binary",
                "\u0000\u0001\u0002\u00ff\u00fe",
                "no header",
                "",
                "a line of 200,000 characters",
                header + "x".repeat(200_000) + ",FR,,,seeds\n",
                "unbalanced quotes",
                header + "\"Graines,FR,,,seeds\n",
                "a NUL in a name",
                header + "Graines\u0000du Monde,FR,,,seeds\n");
    }

    private static boolean typed(JsonNode schema, String parameterName) {
        String type = type(schema);
        return !type.equals("string")
                || schema.has("enum")
                || schema.has("format")
                || schema.has("pattern")
                || parameterName.equals("cursor");
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!each.asText().equals("null")) {
                    return each.asText();
                }
            }
        }
        return type.asText(schema.has("properties") ? "object" : "string");
    }

    private static JsonNode resolve(JsonNode schema, JsonNode document) {
        String ref = schema.path("$ref").asText("");
        if (ref.isEmpty()) {
            return schema;
        }
        return resolve(document.at(ref.substring(1)), document);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shortened(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 24 ? printable.substring(0, 24) + "…(" + value.length() + ")" : printable;
    }
}
