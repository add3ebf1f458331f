package org.ippc.ecommerce.registry.conventions;

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

/** The problems every service answers, and those of the registry's own fields and limits. */
@QuarkusTest
class ProblemResponsesTest extends ProblemResponseConventions {
    private static final String PROTECTED = "/v1/products";
    private static final String VALID_BODY = "{\"name\":\"x\",\"description\":\"y\",\"commodityClass\":\"seeds\"}";

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
        return Tokens.secretariat();
    }

    @Override
    protected String outsiderToken() {
        return Tokens.nppo("FR");
    }

    @Override
    protected String publicRead() {
        return "/v1/commodity-classes";
    }

    @Override
    protected int lengthOverTheBodyLimit() {
        return 8_500_000;
    }

    @Override
    protected List<UnreadableBody> unreadableBodies() {
        return List.of(
                new UnreadableBody(
                        "{\"name\": \"unterminated", "The request body is not valid JSON (line 1, column 23).", null),
                new UnreadableBody("[1, 2]", "The request body does not have the expected JSON structure.", null),
                new UnreadableBody("{\"name\": {\"nested\": true}}", "Field 'name' has the wrong JSON type.", "name"),
                new UnreadableBody("{\"name\": \"x\", \"surprise\": 1}", "Unknown field 'surprise'.", "surprise"));
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
}
