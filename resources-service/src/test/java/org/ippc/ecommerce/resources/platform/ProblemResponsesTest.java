package org.ippc.ecommerce.resources.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.ippc.ecommerce.resources.testing.Tokens;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Everything that can go wrong at the HTTP layer answers an RFC 9457 problem. */
@QuarkusTest
class ProblemResponsesTest {
    private static final String PROTECTED = "/v1/resources";
    private static final Map<String, Object> VALID_BODY = Submissions.resource("problems");

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
        given().delete("/v1/vocabularies")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaType() {
        given().auth()
                .oauth2(Tokens.contributor("ippc-test"))
                .contentType(ContentType.XML)
                .body("<resource/>")
                .post(PROTECTED)
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().auth()
                .oauth2(Tokens.contributor("ippc-test"))
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
            {"{\"title\": \"unterminated", "The request body is not valid JSON (line 1, column 24).", null},
            {"[1, 2]", "The request body does not have the expected JSON structure.", null},
            {"{\"type\": {\"nested\": true}}", "Field 'type' has the wrong JSON type.", "type"},
            {"{\"type\": \"x\", \"surprise\": 1}", "Unknown field 'surprise'.", "surprise"},
            {
                "{\"consentToPublish\": \"maybe\"}",
                "Field 'consentToPublish' cannot take the value \"maybe\".",
                "consentToPublish"
            },
        };
        for (String[] example : cases) {
            given().auth()
                    .oauth2(Tokens.contributor("ippc-test"))
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
                .oauth2(Tokens.contributor("NPPO-KE"))
                .contentType(ContentType.JSON)
                .body("{\"author\": \"Seeds\\u0000 of doubt\"}")
                .post(PROTECTED)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("author"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .queryParam("q", "seeds\u001b[31m")
                .get("/v1/resources")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("q"))
                .body("detail", equalTo("The query parameter 'q' contains a control character."));
    }

    @Test
    void aListLongerThanAnyFieldHoldsIsRefusedBeforeItsItemsAreValidated() {
        String items = String.join(",", Collections.nCopies(2_001, "\"en\""));
        given().auth()
                .oauth2(Tokens.contributor("NPPO-KE"))
                .contentType(ContentType.JSON)
                .body("{\"languages\": [" + items + "]}")
                .post("/v1/resources")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("field", equalTo("languages"))
                .body("detail", containsString("has 2001 items; no list in this API takes more than 2000"));
    }

    @Test
    void bodyOverTheSizeLimitIsAProblem() {
        given().auth()
                .oauth2(Tokens.contributor("ippc-test"))
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + "x".repeat(1_100_000) + "\"}")
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
                .oauth2(Tokens.screener("dhl"))
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
