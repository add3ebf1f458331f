package org.ippc.ecommerce.network.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.List;
import org.ippc.ecommerce.platform.testing.ProblemResponseConventions;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The problems every service answers, and those of the network's own fields. */
@QuarkusTest
class ProblemResponsesTest extends ProblemResponseConventions {
    private static final String PROTECTED = "/v1/organizations";

    @Override
    protected String createPath() {
        return PROTECTED;
    }

    @Override
    protected Object validBody() {
        return "{\"name\":\"x\",\"type\":\"other\"}";
    }

    @Override
    protected String creatorToken() {
        return Tokens.secretariat();
    }

    @Override
    protected String outsiderToken() {
        return Tokens.nppo("FR");
    }

    @Override
    protected String publicRead() {
        return "/v1/rppos";
    }

    @Override
    protected int lengthOverTheBodyLimit() {
        return 1_100_000;
    }

    @Override
    protected List<UnreadableBody> unreadableBodies() {
        return List.of(
                new UnreadableBody(
                        "{\"name\": \"unterminated", "The request body is not valid JSON (line 1, column 23).", null),
                new UnreadableBody("[1, 2]", "The request body does not have the expected JSON structure.", null),
                new UnreadableBody("{\"name\": {\"nested\": true}}", "Field 'name' has the wrong JSON type.", "name"),
                new UnreadableBody("{\"name\": \"x\", \"surprise\": 1}", "Unknown field 'surprise'.", "surprise"),
                new UnreadableBody(
                        "{\"name\": \"x\", \"type\": \"ngo\"}", "Field 'type' cannot take the value \"ngo\".", "type"));
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
                .oauth2(Tokens.secretariat())
                .queryParam("q", "seeds\u001b[31m")
                .get("/v1/experts")
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
                .oauth2(Tokens.rppo("EPPO"))
                .contentType(ContentType.JSON)
                .body("{\"languages\": [" + items + "]}")
                .post("/v1/nominations")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("field", equalTo("languages"))
                .body("detail", containsString("has 2001 items; no list in this API takes more than 2000"));
    }
}
