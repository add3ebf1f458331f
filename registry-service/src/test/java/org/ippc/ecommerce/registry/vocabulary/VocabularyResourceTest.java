package org.ippc.ecommerce.registry.vocabulary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import org.ippc.ecommerce.platform.OfficialLanguage;
import org.ippc.ecommerce.registry.noncompliance.ConsignmentAction;
import org.ippc.ecommerce.registry.noncompliance.NonComplianceReason;
import org.ippc.ecommerce.registry.requirement.RequiredDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VocabularyResourceTest {

    @Test
    void everyListHasEveryCodeTheOperationsTakeNamedInEachLanguage() {
        List<String> reasons = Arrays.stream(NonComplianceReason.values())
                .map(NonComplianceReason::code)
                .toList();
        List<String> actions = Arrays.stream(ConsignmentAction.values())
                .map(ConsignmentAction::code)
                .toList();
        for (String language : OfficialLanguage.CODES) {
            namedIn(language, "/v1/non-compliance-reasons", reasons);
            namedIn(language, "/v1/consignment-actions", actions);
            namedIn(language, "/v1/required-documents", RequiredDocuments.codes());
        }
    }

    @Test
    void namesInArabicAndSpanish() {
        given().header("Accept-Language", "ar")
                .get("/v1/required-documents")
                .then()
                .body("find { it.code == 'phytosanitary-certificate' }.name", equalTo("شهادة الصحة النباتية"));
        given().header("Accept-Language", "es-MX")
                .get("/v1/non-compliance-reasons")
                .then()
                .header("Content-Language", "es")
                .body("find { it.code == 'pest-detected' }.name", equalTo("Plaga detectada"));
    }

    private static void namedIn(String language, String path, List<String> codes) {
        given().header("Accept-Language", language)
                .get(path)
                .then()
                .statusCode(200)
                .header("Content-Language", language)
                .body("code", contains(codes.toArray()))
                .body("nameLanguage", everyItem(equalTo(language)));
    }
}
