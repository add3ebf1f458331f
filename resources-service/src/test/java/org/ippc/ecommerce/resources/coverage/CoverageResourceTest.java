package org.ippc.ecommerce.resources.coverage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.resources.testing.NetworkStub;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoverageResourceTest {

    @AfterEach
    void networkBack() {
        NetworkStub.reset();
    }

    @Test
    void coverageCountsPublishedResourcesNextToTheOpenGapsAndWhatFillsThem() {
        long gap = NetworkStub.knownGap();
        long otherGap = NetworkStub.newExpertId();
        NetworkStub.openGaps(gap, otherGap);
        Map<String, Object> body = Submissions.resource(Submissions.uniqueWord());
        body.put("gapId", gap);
        body.put("topics", List.of("diagnostics"));
        body.put("languages", List.of("ar"));
        body.put("regions", List.of("NEPPO"));
        Submissions.published(body);

        given().get("/v1/coverage")
                .then()
                .statusCode(200)
                .body("gapsAvailable", equalTo(true))
                .body("openGaps.find { it.gap.id == %d }.publishedResources".formatted(gap), equalTo(1))
                .body("openGaps.find { it.gap.id == %d }.publishedResources".formatted(otherGap), equalTo(0))
                .body(
                        "openGaps.find { it.gap.id == %d }.gap.topic".formatted(gap),
                        equalTo("Guidance for couriers on seed parcels"))
                .body(
                        "cells.find { it.topic == 'diagnostics' && it.language == 'ar' && it.region == 'NEPPO' }.published",
                        greaterThanOrEqualTo(1));
    }

    @Test
    void whenNetworkServiceIsDownCoverageStillAnswersWithoutGaps() {
        for (NetworkStub.Failure failure : NetworkStub.Failure.values()) {
            NetworkStub.reset();
            NetworkStub.failOpenGaps(failure);
            given().get("/v1/coverage")
                    .then()
                    .statusCode(200)
                    .body("gapsAvailable", equalTo(false))
                    .body("openGaps", equalTo(List.of()));
        }
    }
}
