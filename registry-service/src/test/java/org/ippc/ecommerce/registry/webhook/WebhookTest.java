package org.ippc.ecommerce.registry.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook deliveries to receivers that take them, fail, hang, or are gone (WireMock on a free port). */
@QuarkusTest
class WebhookTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tag = "x" + UUID.randomUUID().toString().substring(0, 7);
    private final String courier = Tokens.screener("courier-" + tag);
    private WireMockServer receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new WireMockServer(options().dynamicPort());
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop();
    }

    private JsonPath subscribe(String token, List<String> types) {
        return subscribe(token, receiver.baseUrl() + "/hook", types);
    }

    private static JsonPath subscribe(String token, String url, List<String> types) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("url", url, "types", types))
                .post("/v1/webhook-subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private int register(String name) {
        return given().auth()
                .oauth2(Tokens.nppo("BE"))
                .contentType(ContentType.JSON)
                .body(Map.of("legalName", name + " " + tag, "countryCode", "BE", "productClasses", List.of("seeds")))
                .post("/v1/traders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private List<LoggedRequest> received() {
        return receiver.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/hook")));
    }

    private JsonPath deadLetters(long id) {
        return given().auth()
                .oauth2(courier)
                .get("/v1/webhook-subscriptions/{id}/dead-letters", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 150 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), "not within 15 s");
    }

    private static String signature(String secret, LoggedRequest request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String signed = request.getHeader("webhook-id") + "." + request.getHeader("webhook-timestamp") + "."
                + request.getBodyAsString();
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachChangeOfTheTypesAskedIsPostedSignedAndInOrder() throws Exception {
        receiver.stubFor(post(urlPathEqualTo("/hook")).willReturn(ok()));
        String secret = subscribe(courier, List.of("trader.registered", "trader.status-changed"))
                .getString("secret");
        int first = register("Eerste");
        register("Tweede");
        given().auth()
                .oauth2(Tokens.nppo("BE"))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "suspended", "reason", "No certificates"))
                .post("/v1/traders/{id}/status", first)
                .then()
                .statusCode(200);

        waitUntil(() -> received().size() >= 3);
        List<LoggedRequest> requests = received();
        assertEquals(3, requests.size());
        long previous = 0;
        for (int i = 0; i < 3; i++) {
            LoggedRequest request = requests.get(i);
            JsonNode body = JSON.readTree(request.getBodyAsString());
            assertEquals(
                    List.of("trader.registered", "trader.registered", "trader.status-changed")
                            .get(i),
                    body.get("type").asText());
            long position = body.get("data").get("position").asLong();
            assertTrue(position > previous);
            previous = position;
            assertEquals("chg_" + position, request.getHeader("webhook-id"));
            assertEquals(signature(secret, request), request.getHeader("webhook-signature"));
        }
        given().auth()
                .oauth2(courier)
                .get("/v1/webhook-subscriptions")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].secret", nullValue())
                .body("[0].deliveredThrough", equalTo((int) previous));
    }

    @Test
    void aReceiverAnswering500IsTriedAgainWithTheSameIdUntilItTakesTheChange() throws Exception {
        receiver.stubFor(post(urlPathEqualTo("/hook"))
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(serverError())
                .willSetStateTo("failed once"));
        receiver.stubFor(post(urlPathEqualTo("/hook"))
                .inScenario("flaky")
                .whenScenarioStateIs("failed once")
                .willReturn(ok()));
        subscribe(courier, List.of("trader.registered"));
        register("Wankel");

        waitUntil(() -> received().size() >= 2);
        Thread.sleep(500); // nothing more is sent once the change is taken
        List<LoggedRequest> requests = received();
        assertEquals(2, requests.size());
        assertEquals(requests.get(0).getHeader("webhook-id"), requests.get(1).getHeader("webhook-id"));
        given().auth()
                .oauth2(courier)
                .get("/v1/webhook-subscriptions")
                .then()
                .body("[0].attempts", equalTo(0))
                .body("[0].lastError", nullValue());
    }

    @Test
    void aChangeASlowReceiverNeverTakesIsDeadLetteredThenReplayed() throws Exception {
        receiver.stubFor(post(urlPathEqualTo("/hook"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(1500)));
        long id = subscribe(courier, List.of("trader.registered")).getLong("id");
        register("Traag");

        waitUntil(() -> !deadLetters(id).getList("").isEmpty());
        JsonPath dead = deadLetters(id);
        assertEquals(3, dead.getInt("[0].attempts"));
        assertTrue(dead.getString("[0].lastError").contains("Timeout"), dead.getString("[0].lastError"));
        long position = dead.getLong("[0].change.position");

        receiver.resetAll();
        receiver.stubFor(post(urlPathEqualTo("/hook")).willReturn(serverError()));
        given().auth()
                .oauth2(courier)
                .post("/v1/webhook-subscriptions/{id}/dead-letters/{p}/replay", id, position)
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString("stays in the dead-letter list"));

        receiver.resetAll();
        receiver.stubFor(post(urlPathEqualTo("/hook")).willReturn(ok()));
        given().auth()
                .oauth2(courier)
                .post("/v1/webhook-subscriptions/{id}/dead-letters/{p}/replay", id, position)
                .then()
                .statusCode(204);
        assertEquals(1, received().size());
        assertEquals(List.of(), deadLetters(id).getList(""));
    }

    @Test
    void aReceiverThatIsDownGetsItsChangesInTheDeadLetterListAndTheNextOnesGoOn() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long id = subscribe(courier, "http://localhost:" + closedPort + "/hook", List.of("trader.registered"))
                .getLong("id");
        register("Weg");
        register("Ook weg");

        waitUntil(() -> deadLetters(id).getList("").size() == 2);
        for (String error : deadLetters(id).getList("lastError", String.class)) {
            assertTrue(error.contains("ConnectException"), error);
        }
    }

    @Test
    void anotherOrganizationsSubscriptionIsNotItsToReadOrEnd() {
        long id = subscribe(courier, List.of()).getLong("id");
        String other = Tokens.screener("other-" + tag);
        given().auth()
                .oauth2(other)
                .get("/v1/webhook-subscriptions/{id}", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(other)
                .delete("/v1/webhook-subscriptions/{id}", id)
                .then()
                .statusCode(403);
        given().auth().oauth2(other).get("/v1/webhook-subscriptions").then().body("", hasSize(0));
        given().auth()
                .oauth2(courier)
                .delete("/v1/webhook-subscriptions/{id}", id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(courier)
                .get("/v1/webhook-subscriptions/{id}", id)
                .then()
                .statusCode(404);
    }
}
