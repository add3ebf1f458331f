package org.ippc.ecommerce.resources.network;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.ippc.ecommerce.resources.testing.NetworkStub;
import org.ippc.ecommerce.resources.testing.NetworkStub.Failure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class NetworkServiceReadinessTest {
    private static final String CHECK = "checks.find { it.name == 'network-service' }";

    @AfterEach
    void networkBack() {
        NetworkStub.reset();
    }

    @Test
    void readyAndSaysTheNetworkAnswers() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".data.answering", equalTo(true));
    }

    @ParameterizedTest
    @CsvSource({"DOWN, unreachable", "SERVER_ERROR, 500", "SLOW, unreachable"})
    void staysReadyWhenTheNetworkCannotAnswerAndSaysWhatIsDegraded(Failure failure, String providerStatus) {
        NetworkStub.failReadiness(failure);
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.answering", equalTo(false))
                .body(CHECK + ".data.providerStatus", equalTo(providerStatus))
                .body(CHECK + ".data.degraded", startsWith("reviewer assignment and gap checks answer 503"));
    }
}
