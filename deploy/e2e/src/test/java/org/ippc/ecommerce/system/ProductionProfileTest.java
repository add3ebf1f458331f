package org.ippc.ecommerce.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ippc.ecommerce.platform.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service started from its jar in the production profile, as an operator runs it: a key of its own (the
 * development key is refused there), JSON logs, and traces sent over OTLP only when the sampler ratio, set at
 * run time, asks for them.
 */
class ProductionProfileTest {
    private static final Path JAR =
            Path.of("../../network-service/target/network-service-runner.jar").toAbsolutePath();
    private static final PostgresServer POSTGRES = PostgresServer.find();
    private static final String DATABASE =
            "system_prod_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private static HttpServer collector;
    private static final List<String> exports = new CopyOnWriteArrayList<>();

    @TempDir
    Path directory;

    @BeforeAll
    static void startCollector() throws IOException {
        POSTGRES.execute("create database " + DATABASE);
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/", exchange -> {
            exports.add(
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                            + exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
    }

    @AfterAll
    static void stopCollector() {
        collector.stop(0);
        POSTGRES.execute("drop database if exists " + DATABASE + " with (force)");
    }

    @Test
    void logsAreJsonObjectsThatCarryTheServiceAndTheTraceId() throws Exception {
        try (Started service = start("0")) {
            given().get(service.url() + "/v1/gaps?status=bogus").then().statusCode(400);
            service.stop();

            List<String> lines = Files.readAllLines(service.log()).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
            assertFalse(lines.isEmpty(), "the service logged nothing");
            for (String line : lines) {
                assertTrue(line.startsWith("{"), () -> "not a JSON object: " + line);
                JsonPath record = JsonPath.from(line);
                assertFalse(record.getString("level").isBlank(), line);
                assertEquals("network-service", record.getString("service"), line);
            }
            assertTrue(
                    lines.stream().map(JsonPath::from).anyMatch(record -> record.getString("message")
                            .contains("started")),
                    "no start message");
        }
    }

    @Test
    void tracesAreExportedOnlyWhenTheSamplerRatioAsksForThem() throws Exception {
        try (Started untraced = start("0")) {
            given().get(untraced.url() + "/v1/gaps").then().statusCode(200);
            untraced.stop(); // a stop flushes whatever spans were recorded
        }
        assertThat("exports with a sampler ratio of 0", exports, empty());

        try (Started traced = start("1")) {
            given().get(traced.url() + "/v1/gaps").then().statusCode(200);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (exports.isEmpty() && Instant.now().isBefore(deadline)) {
                RunningSystem.sleep(Duration.ofMillis(200));
            }
        }
        assertThat("exports with a sampler ratio of 1", exports, hasItem("POST /v1/traces application/x-protobuf"));
    }

    private Started start(String samplerRatio) throws Exception {
        Path publicKey = directory.resolve("public-key-" + UUID.randomUUID() + ".pem");
        Files.writeString(publicKey, freshPublicKeyPem());
        Path log = directory.resolve("network-service-" + UUID.randomUUID() + ".log");
        int port = FreePorts.distinct(1).getFirst();
        ProcessBuilder builder = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("QUARKUS_PROFILE", "prod");
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("DB_URL", POSTGRES.url(DATABASE));
        environment.put("DB_USER", POSTGRES.user());
        environment.put("DB_PASSWORD", POSTGRES.password());
        environment.put("JWT_ISSUER", "https://id.example.org/realms/ippc");
        environment.put("JWT_PUBLIC_KEY_LOCATION", publicKey.toString());
        environment.put("TRACES_SAMPLER_RATIO", samplerRatio);
        environment.put(
                "OTEL_EXPORTER_OTLP_ENDPOINT",
                "http://127.0.0.1:" + collector.getAddress().getPort());
        Started started = new Started(builder.start(), "http://localhost:" + port, log);
        started.awaitReady();
        return started;
    }

    private static String freshPublicKeyPem() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String encoded = Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + encoded + "\n-----END PUBLIC KEY-----\n";
    }

    private record Started(Process process, String url, Path log) implements AutoCloseable {
        void awaitReady() throws IOException {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "network-service stopped while starting:\n" + Files.readString(log));
                }
                try {
                    if (given().get(url + "/q/health/ready").statusCode() == 200) {
                        return;
                    }
                } catch (Exception notListeningYet) {
                    // RestAssured rethrows the ConnectException as it is, undeclared.
                }
                RunningSystem.sleep(Duration.ofMillis(250));
            }
            throw new IllegalStateException("network-service was not ready within 90 s:\n" + Files.readString(log));
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                stop();
            }
        }
    }
}
