package org.ippc.ecommerce.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.system.RunningSystem.Service;
import org.junit.jupiter.api.Test;

/**
 * A change made while its subscriber refused it is delivered after the registry is killed (SIGKILL) and started
 * again: the delivery state is in the database, not in the process.
 */
class WebhookRestartTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aChangeNotYetTakenIsDeliveredAfterARestartAndInOrder() throws IOException {
        RunningSystem system = RunningSystem.get();
        String registry = system.url(Service.REGISTRY);
        String tag = "hook" + UUID.randomUUID().toString().substring(0, 6);
        AtomicBoolean accepting = new AtomicBoolean(false);
        List<String> taken = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = accepting.get() ? 200 : 500;
            if (status == 200) {
                taken.add(body);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String courier = Tokens.screener("courier-" + tag);
            given().auth()
                    .oauth2(courier)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "url",
                            "http://localhost:" + receiver.getAddress().getPort() + "/hook",
                            "types",
                            List.of("trader.registered")))
                    .post(registry + "/v1/webhook-subscriptions")
                    .then()
                    .statusCode(201);
            register(registry, "Before " + tag);
            waitUntil(() -> lastError(registry, courier) != null, "a refused attempt");

            system.kill(Service.REGISTRY);
            accepting.set(true);
            system.start(Service.REGISTRY);
            register(registry, "After " + tag);

            waitUntil(() -> namesTaken(taken).contains("After " + tag), "the delivery of both changes");
            List<String> names = namesTaken(taken);
            assertTrue(names.indexOf("Before " + tag) >= 0, names.toString());
            assertTrue(names.indexOf("Before " + tag) < names.indexOf("After " + tag), names.toString());
            assertEquals(2, names.size(), names.toString());
        } finally {
            receiver.stop(0);
        }
    }

    private static void register(String registry, String name) {
        given().auth()
                .oauth2(Tokens.nppo("LU"))
                .contentType(ContentType.JSON)
                .body(Map.of("legalName", name, "countryCode", "LU", "productClasses", List.of("seeds")))
                .post(registry + "/v1/traders")
                .then()
                .statusCode(201);
    }

    private static String lastError(String registry, String courier) {
        return given().auth()
                .oauth2(courier)
                .get(registry + "/v1/webhook-subscriptions")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].lastError");
    }

    /** The names of the traders whose registrations the receiver took, in the order it took them. */
    private static List<String> namesTaken(List<String> bodies) {
        return bodies.stream()
                .map(body -> {
                    try {
                        return JSON.readTree(body).get("data").get("name").asText();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notListeningYet) {
                // while the service restarts
            }
            RunningSystem.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("Not within 90 s: " + what);
    }
}
