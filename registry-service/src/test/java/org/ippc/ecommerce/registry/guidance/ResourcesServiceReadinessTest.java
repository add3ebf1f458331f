package org.ippc.ecommerce.registry.guidance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.ippc.ecommerce.registry.testing.ResourcesStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ResourcesServiceReadinessTest {
    private static final String CHECK = "checks.find { it.name == 'resources-service' }";

    @AfterEach
    void resourcesBack() {
        ResourcesStub.reset();
    }

    @Test
    void readyAndSaysTheCatalogueAnswers() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.answering", equalTo(true));
    }

    @ParameterizedTest
    @CsvSource({"down, unreachable", "error, 500", "slow, unreachable"})
    void staysReadyWhenTheCatalogueCannotAnswerAndSaysWhatIsDegraded(String failure, String providerStatus) {
        ResourcesStub.fail(failure);
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.answering", equalTo(false))
                .body(CHECK + ".data.providerStatus", equalTo(providerStatus))
                .body(CHECK + ".data.degraded", startsWith("screening answers without guidance links"));
    }
}
