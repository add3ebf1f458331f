package org.ippc.ecommerce.resources.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.testing.ProblemResponseConventions;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.Test;

/** The problems every service answers, and those of the resource descriptions' own fields. */
@QuarkusTest
class ProblemResponsesTest extends ProblemResponseConventions {
    private static final String PROTECTED = "/v1/resources";
    private static final Map<String, Object> VALID_BODY = Submissions.resource("problems");

    @Override
    protected String createPath() {
        return PROTECTED;
    }

    @Override
    protected Object validBody() {
        return VALID_BODY;
    }

    @Override
    protected String creatorToken() {
        return Tokens.contributor("ippc-test");
    }

    @Override
    protected String outsiderToken() {
        return Tokens.screener("dhl");
    }

    @Override
    protected String publicRead() {
        return "/v1/vocabularies";
    }

    @Override
    protected int lengthOverTheBodyLimit() {
        return 1_100_000;
    }

    @Override
    protected List<UnreadableBody> unreadableBodies() {
        return List.of(
                new UnreadableBody(
                        "{\"title\": \"unterminated", "The request body is not valid JSON (line 1, column 24).", null),
                new UnreadableBody("[1, 2]", "The request body does not have the expected JSON structure.", null),
                new UnreadableBody("{\"type\": {\"nested\": true}}", "Field 'type' has the wrong JSON type.", "type"),
                new UnreadableBody("{\"type\": \"x\", \"surprise\": 1}", "Unknown field 'surprise'.", "surprise"),
                // Text for a boolean, even "true", is refused as such (StrictJsonTypes), not parsed.
                new UnreadableBody(
                        "{\"consentToPublish\": \"maybe\"}",
                        "Field 'consentToPublish' has the wrong JSON type.",
                        "consentToPublish"));
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
}
