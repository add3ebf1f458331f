package org.ippc.ecommerce.registry.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.ippc.ecommerce.registry.testing.Tokens;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Everything that can go wrong at the HTTP layer answers an RFC 9457 problem. */
@QuarkusTest
class ProblemResponsesTest {
    private static final String PROTECTED = "/v1/products";
    private static final String VALID_BODY = "{\"name\":\"x\",\"description\":\"y\",\"commodityClass\":\"seeds\"}";

    @Test
    void unknownPathIsNotFound() {
        given().get("/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }

    @Test
    void wrongMethodIsMethodNotAllowed() {
        given().delete("/v1/commodity-classes")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaType() {
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.XML)
                .body("<product/>")
                .post(PROTECTED)
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIsABadRequestOnAnyPath() {
        for (String contentType : new String[] {"", "foo", ";;", "application/"}) {
            given().header("Content-Type", contentType)
                    .get("/v1/commodity-classes")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("header", equalTo("Content-Type"));
            given().auth()
                    .oauth2(Tokens.secretariat())
                    .header("Content-Type", contentType)
                    .body(VALID_BODY.getBytes(StandardCharsets.UTF_8))
                    .post(PROTECTED)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aBodyDeclaredLargerThanTheServerTakesIsAProblemNotABareRefusal() throws IOException {
        // The server's own limit (80 MB) is above the API's; the declared length is refused before any is read.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /v1/traders/import HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                                    + "Authorization: Bearer " + Tokens.nppo("FR") + "\r\n"
                                    + "Content-Length: " + 200L * 1024 * 1024 + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer, startsWith("HTTP/1.1 413"));
            assertThat(answer, containsString("application/problem+json"));
            assertThat(answer, containsString("\"status\":413"));
        }
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"unterminated")
                .post(PROTECTED)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void bodyJacksonCannotReadNamesTheFieldAndNoJavaType() {
        String[][] cases = {
            {"{\"name\": \"unterminated", "The request body is not valid JSON (line 1, column 23).", null},
            {"[1, 2]", "The request body does not have the expected JSON structure.", null},
            {"{\"name\": {\"nested\": true}}", "Field 'name' has the wrong JSON type.", "name"},
            {"{\"name\": \"x\", \"surprise\": 1}", "Unknown field 'surprise'.", "surprise"},
        };
        for (String[] example : cases) {
            given().auth()
                    .oauth2(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(example[0])
                    .post(PROTECTED)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", equalTo(example[1]))
                    .body("field", equalTo(example[2]))
                    .body(not(containsString("org.ippc")))
                    .body(not(containsString("java.")));
        }
    }

    @Test
    void textWithAControlCharacterIsRefusedNamingWhere() {
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Seeds\\u0000 of doubt\"}")
                .post(PROTECTED)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("name"));
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .queryParam("q", "seeds\u001b[31m")
                .get("/v1/traders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("q"))
                .body("detail", equalTo("The query parameter 'q' contains a control character."));
    }

    @Test
    void aListLongerThanAnyFieldHoldsIsRefusedBeforeItsItemsAreValidated() {
        String items = String.join(",", Collections.nCopies(2_001, "\"\""));
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .contentType(ContentType.JSON)
                .body("{\"tradingNames\": [" + items + "]}")
                .post("/v1/traders")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("field", equalTo("tradingNames"))
                .body("detail", containsString("has 2001 items; no list in this API takes more than 2000"));
    }

    @Test
    void bodyOverTheSizeLimitIsAProblem() {
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + "x".repeat(8_500_000) + "\"}")
                .post(PROTECTED)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("traceId", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void missingTokenIsUnauthorized() {
        given().contentType(ContentType.JSON)
                .body(VALID_BODY)
                .post(PROTECTED)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void tokenSignedWithAnotherKeyIsUnauthorized() throws NoSuchAlgorithmException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        given().auth()
                .oauth2(Tokens.secretariatSignedWith(generator.generateKeyPair().getPrivate()))
                .contentType(ContentType.JSON)
                .body(VALID_BODY)
                .post(PROTECTED)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void expiredOrGarbledTokenIsUnauthorized() {
        for (String token : new String[] {Tokens.expiredSecretariat(), "not.a.jwt"}) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(VALID_BODY)
                    .post(PROTECTED)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void roleOutOfScopeIsForbidden() {
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .contentType(ContentType.JSON)
                .body(VALID_BODY)
                .post(PROTECTED)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void unexpectedFailureHidesItsDetailAndCarriesTheTraceIdThatIsLogged() {
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    ext.copyMdc();
                    records.add(ext);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String traceId = given().get(FailingResource.PATH)
                    .then()
                    .statusCode(500)
                    .contentType("application/problem+json")
                    .body("title", equalTo("Internal Server Error"))
                    .body("traceId", matchesPattern("[0-9a-f]{32}"))
                    .body(not(containsString(FailingResource.SECRET)))
                    .body(not(containsString("at org.ippc")))
                    .extract()
                    .path("traceId");
            assertThat(records.stream().map(record -> record.getMdc("traceId")).toList(), hasItem(traceId));
        } finally {
            root.removeHandler(capture);
        }
    }
}
