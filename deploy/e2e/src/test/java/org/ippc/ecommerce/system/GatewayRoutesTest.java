package org.ippc.ecommerce.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The gateway's routes (deploy/k8s/base/routes.yaml) against the three committed OpenAPI documents: every
 * documented path reaches the service that documents it, by the Gateway API's precedence (an exact match,
 * then the longest prefix; a regular expression only where nothing else matches), and every rule serves
 * something that is documented or shipped.
 */
class GatewayRoutesTest {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Map<String, String> SERVICES = Map.of(
            "registry-service", "registry-service/src/main/openapi/openapi.yaml",
            "network-service", "network-service/src/main/openapi/openapi.yaml",
            "resources-service", "resources-service/src/main/openapi/openapi.yaml");
    private static final Path LANDING_FILES = ROOT.resolve("resources-service/src/main/resources/META-INF/resources");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private record Match(String type, String value, String service, String timeout) {
        boolean matches(String path) {
            return switch (type) {
                case "Exact" -> path.equals(value);
                case "PathPrefix" -> path.equals(value) || path.startsWith(value + "/");
                case "RegularExpression" -> path.matches(value);
                default -> throw new IllegalStateException("Unknown path match " + type);
            };
        }
    }

    @Test
    void everyDocumentedPathReachesTheServiceThatServesIt() throws IOException {
        List<Match> matches = routes();
        Map<String, String> documented = documentedPaths();
        for (Map.Entry<String, String> path : documented.entrySet()) {
            Optional<Match> chosen = chosen(matches, concrete(path.getKey()));
            assertTrue(chosen.isPresent(), "No route for " + path.getKey() + " of " + path.getValue());
            assertEquals(path.getValue(), chosen.get().service(), "The gateway sends " + path.getKey() + " elsewhere");
        }
    }

    @Test
    void everyRuleServesSomethingDocumentedOrShipped() throws IOException {
        Map<String, String> documented = documentedPaths();
        List<Match> matches = routes();
        for (Match match : matches) {
            boolean serves = documented.keySet().stream()
                    .map(GatewayRoutesTest::concrete)
                    .anyMatch(
                            path -> chosen(matches, path).filter(match::equals).isPresent());
            boolean landingFile = match.service().equals("resources-service")
                    && match.type().equals("Exact")
                    && (match.value().equals("/")
                            || Files.exists(LANDING_FILES.resolve(match.value().substring(1))));
            assertTrue(serves || landingFile, "The rule " + match + " serves nothing documented");
        }
    }

    @Test
    void importsAndWholeRegisterExportsHaveTimeForTheirWork() throws IOException {
        List<Match> matches = routes();
        for (String path : List.of("/v1/traders/import", "/v1/traders", "/v1/resources/export")) {
            assertEquals("300s", chosen(matches, path).orElseThrow().timeout(), path);
        }
        assertEquals("30s", chosen(matches, "/v1/screenings").orElseThrow().timeout());
    }

    /** The rule a gateway picks for a path: an exact match, else the longest prefix, else a regular expression. */
    private static Optional<Match> chosen(List<Match> matches, String path) {
        List<Match> candidates =
                matches.stream().filter(match -> match.matches(path)).toList();
        Optional<Match> exact = candidates.stream()
                .filter(match -> match.type().equals("Exact"))
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        Optional<Match> prefix = candidates.stream()
                .filter(match -> match.type().equals("PathPrefix"))
                .max(Comparator.comparingInt(match -> match.value().length()));
        if (prefix.isPresent()) {
            return prefix;
        }
        List<Match> expressions = candidates.stream()
                .filter(match -> match.type().equals("RegularExpression"))
                .toList();
        assertTrue(expressions.size() <= 1, "Two regular expressions match " + path + ": " + expressions);
        return expressions.stream().findFirst();
    }

    /** A path as a client sends it: each parameter becomes a plausible value. */
    private static String concrete(String documentedPath) {
        return documentedPath.replaceAll("\\{[^}]+}", "FR7");
    }

    private static Map<String, String> documentedPaths() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            JsonNode document = YAML.readTree(ROOT.resolve(service.getValue()).toFile());
            document.path("paths").fieldNames().forEachRemaining(path -> {
                String earlier = owners.put(path, service.getKey());
                assertTrue(earlier == null, path + " is documented by " + earlier + " and " + service.getKey());
            });
        }
        return owners;
    }

    private static List<Match> routes() throws IOException {
        List<Match> matches = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class)
                .readValues(ROOT.resolve("deploy/k8s/base/routes.yaml").toFile())) {
            for (JsonNode manifest : documents.readAll()) {
                if (!manifest.path("kind").asText().equals("HTTPRoute")) {
                    continue;
                }
                for (JsonNode rule : manifest.path("spec").path("rules")) {
                    String service =
                            rule.path("backendRefs").path(0).path("name").asText();
                    String timeout = rule.path("timeouts").path("request").asText();
                    for (JsonNode match : rule.path("matches")) {
                        JsonNode path = match.path("path");
                        matches.add(new Match(
                                path.path("type").asText(), path.path("value").asText(), service, timeout));
                    }
                }
            }
        }
        return matches;
    }
}
