package org.ippc.ecommerce.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * Everything that can go wrong at the HTTP layer answers an RFC 9457 problem: the cases that are
 * the same in every service, run against a create endpoint and a public read the service names.
 */
public abstract class ProblemResponseConventions {

    /** A body Jackson cannot read, the problem's detail and the field it names (null for none). */
    public record UnreadableBody(String json, String detail, String field) {}

    /** A JSON POST that creates a record and needs a token. */
    protected abstract String createPath();

    /** A body that {@link #createPath()} accepts: a JSON string or an object to serialize. */
    protected abstract Object validBody();

    /** A token of a role that may create there. */
    protected abstract String creatorToken();

    /** A valid token of a role that may not create there. */
    protected abstract String outsiderToken();

    /** A public read, which answers GET only. */
    protected abstract String publicRead();

    /** A string length that takes a body to {@link #createPath()} over the service's ippc.api.max-body-size. */
    protected abstract int lengthOverTheBodyLimit();

    /** Bodies to {@link #createPath()} that Jackson cannot read. */
    protected abstract List<UnreadableBody> unreadableBodies();

    @Test
    void aContentTypeThatIsNoMediaTypeIsABadRequestOnAnyPath() {
        for (String contentType : new String[] {"", "foo", ";;", "application/"}) {
            given().header("Content-Type", contentType)
                    .get(publicRead())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("header", equalTo("Content-Type"));
            given().auth()
                    .oauth2(creatorToken())
                    .header("Content-Type", contentType)
                    .body("{}".getBytes(StandardCharsets.UTF_8))
                    .post(createPath())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aBodyDeclaredLargerThanTheServerTakesIsAProblemNotABareRefusal() throws IOException {
        // Above the server's own limit, whatever the API's: the declared length is refused before any is read.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST " + createPath()
                                    + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Authorization: Bearer " + creatorToken() + "\r\n"
                                    + "Content-Length: " + 200L * 1024 * 1024 + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer, startsWith("HTTP/1.1 413"));
            assertThat(answer, containsString("application/problem+json"));
            assertThat(answer, containsString("\"status\":413"));
        }
    }

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
        given().delete(publicRead())
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaType() {
        given().auth()
                .oauth2(creatorToken())
                .contentType(ContentType.XML)
                .body("<record/>")
                .post(createPath())
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().auth()
                .oauth2(creatorToken())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"unterminated")
                .post(createPath())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void bodyJacksonCannotReadNamesTheFieldAndNoJavaType() {
        for (UnreadableBody example : unreadableBodies()) {
            given().auth()
                    .oauth2(creatorToken())
                    .contentType(ContentType.JSON)
                    .body(example.json())
                    .post(createPath())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", equalTo(example.detail()))
                    .body("field", equalTo(example.field()))
                    .body(not(containsString("org.ippc")))
                    .body(not(containsString("java.")));
        }
    }

    @Test
    void bodyOverTheSizeLimitIsAProblem() {
        given().auth()
                .oauth2(creatorToken())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + "x".repeat(lengthOverTheBodyLimit()) + "\"}")
                .post(createPath())
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("traceId", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void aClientThatAcceptsOnlyProblemsIsAnsweredItsProblemNotA406() {
        given().accept("application/problem+json")
                .contentType(ContentType.JSON)
                .body(validBody())
                .post(createPath())
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().accept("application/problem+json")
                .auth()
                .oauth2(outsiderToken())
                .contentType(ContentType.JSON)
                .body(validBody())
                .post(createPath())
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().accept("application/problem+json")
                .auth()
                .oauth2(creatorToken())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"unterminated")
                .post(createPath())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().accept("application/problem+json")
                .get("/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().accept("application/json, application/problem+json")
                .get(publicRead())
                .then()
                .statusCode(200)
                .contentType("application/json");
    }

    @Test
    void missingTokenIsUnauthorized() {
        given().contentType(ContentType.JSON)
                .body(validBody())
                .post(createPath())
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
                .body(validBody())
                .post(createPath())
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
                    .body(validBody())
                    .post(createPath())
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void roleOutOfScopeIsForbidden() {
        given().auth()
                .oauth2(outsiderToken())
                .contentType(ContentType.JSON)
                .body(validBody())
                .post(createPath())
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void aBodyTheClientCutsOffIsLoggedAsTheClientsDoingNotAsAServerError() throws IOException, InterruptedException {
        List<LogRecord> problems = new CopyOnWriteArrayList<>();
        Handler capture = keeping(problems, record -> "http-problem".equals(record.getLoggerName()));
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.getOutputStream()
                        .write(("POST " + createPath()
                                        + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                        + "Authorization: Bearer " + creatorToken() + "\r\n"
                                        + "Content-Length: 4000\r\n\r\n{\"a\": \"")
                                .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Thread.sleep(200); // the service begins to read the body, then the client goes
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (problems.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(problems.stream().map(LogRecord::getLevel).toList(), equalTo(List.of(Level.INFO)));
            assertThat(problems.getFirst().getMessage(), containsString("status=400"));
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void unexpectedFailureHidesItsDetailAndCarriesTheTraceIdThatIsLogged() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = keeping(records, record -> record.getLevel().intValue() >= Level.SEVERE.intValue());
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
            assertThat(
                    records.stream()
                            .map(record -> ((ExtLogRecord) record).getMdc("traceId"))
                            .toList(),
                    hasItem(traceId));
        } finally {
            root.removeHandler(capture);
        }
    }

    /** A log handler that keeps, in {@code into}, the records {@code kept} selects, with their MDC as published. */
    private static Handler keeping(List<LogRecord> into, Predicate<LogRecord> kept) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (kept.test(record)) {
                    if (record instanceof ExtLogRecord ext) {
                        ext.copyMdc();
                    }
                    into.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
    }
}
