package org.ippc.ecommerce.resources.vocabulary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The served document accepts exactly the codes the service accepts, wherever a vocabulary code is taken. */
@QuarkusTest
class VocabularySchemasTest {
    private JsonPath document;
    private JsonPath vocabularies;

    @BeforeEach
    void read() {
        document = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        vocabularies =
                given().get("/v1/vocabularies").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void resourceRequestsTakeTheCodesOfTheirVocabulary() {
        String resource = "components.schemas.NewResource.properties.";
        acceptsExactly(document.getString(resource + "type.pattern"), "resourceTypes");
        acceptsExactly(document.getString(resource + "topics.items.pattern"), "topics");
        acceptsExactly(document.getString(resource + "commodityClasses.items.pattern"), "commodityClasses");
        acceptsExactly(document.getString(resource + "regions.items.pattern"), "regions");
        acceptsExactly(document.getString("components.schemas.Provider.properties.type.pattern"), "providerTypes");
    }

    @Test
    void catalogueFiltersTakeTheCodesOfTheirVocabulary() {
        for (String path : List.of("/v1/resources", "/v1/resources/export")) {
            String parameters = "paths.'" + path + "'.get.parameters";
            acceptsExactly(document.getString(parameters + ".find { it.name == 'topic' }.schema.pattern"), "topics");
            acceptsExactly(
                    document.getString(parameters + ".find { it.name == 'providerType' }.schema.pattern"),
                    "providerTypes");
        }
    }

    private void acceptsExactly(String pattern, String vocabulary) {
        assertTrue(pattern != null, () -> "no pattern for the " + vocabulary);
        Pattern compiled = Pattern.compile(pattern);
        List<String> codes = vocabularies.getList(vocabulary + ".code", String.class);
        assertFalse(codes.isEmpty());
        for (String code : codes) {
            assertTrue(compiled.matcher(code).find(), () -> pattern + " refuses " + code);
            assertFalse(compiled.matcher(code + "s").find(), () -> pattern + " accepts " + code + "s");
            assertFalse(compiled.matcher(code.toUpperCase() + "x").find());
        }
        assertFalse(compiled.matcher("").find(), () -> pattern + " accepts an empty code");
    }
}
