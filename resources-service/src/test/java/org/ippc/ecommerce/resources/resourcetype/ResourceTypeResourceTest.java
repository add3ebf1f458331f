package org.ippc.ecommerce.resources.resourcetype;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResourceTypeResourceTest {

    @Test
    void listsTheTwelveResourceTypesInOrder() {
        given().get("/v1/resource-types")
                .then()
                .statusCode(200)
                .body("$", hasSize(12))
                .body("[0].code", equalTo("guide"))
                .body("[11].code", equalTo("other"))
                .body("code", hasItems("video", "risk-assessment", "webinar"));
    }
}
