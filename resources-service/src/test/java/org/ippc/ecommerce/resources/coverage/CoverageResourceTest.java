package org.ippc.ecommerce.resources.coverage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
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
    void everyCellOfTheChosenDimensionsIsListedTheEmptyOnesTooWithTheGapsThatFallInIt() {
        long gap = NetworkStub.newExpertId();
        long global = NetworkStub.newExpertId();
        NetworkStub.answerGaps("open", gap);
        NetworkStub.answerGlobalGap("in-progress", global);

        ValidatableResponse coverage = given().queryParam("dimensions", "topic,language")
                .get("/v1/coverage")
                .then()
                .statusCode(200)
                .body("dimensions", contains("topic", "language"))
                .body("cells.region", everyItem(nullValue()))
                .body("openGaps.gap.id", containsInAnyOrder((int) gap, (int) global));
        List<Map<String, Object>> cells = coverage.extract().path("cells");
        // Ten topics by at least the six official languages, each once.
        assertThat(cells.size(), greaterThanOrEqualTo(60));
        assertEquals(
                cells.size(),
                cells.stream()
                        .map(cell -> cell.get("topic") + "/" + cell.get("language"))
                        .distinct()
                        .count());
        coverage.body("cells.find { it.topic == 'legislation' && it.language == 'zh' }.gaps", empty())
                .body("cells.find { it.topic == 'diagnostics' && it.language == 'ar' }.gaps", contains((int) gap))
                .body("cells.find { it.topic == 'postal-courier' && it.language == 'ar' }.gaps", contains((int) gap))
                .body("cells.find { it.topic == 'diagnostics' && it.language == 'fr' }.gaps", empty())
                .body("cells.find { it.topic == 'customs' && it.language == 'fr' }.gaps", contains((int) global));

        // A global gap lacks material in every region; a regional one in its own.
        given().queryParam("dimensions", "region,topic")
                .get("/v1/coverage")
                .then()
                .body("cells.find { it.region == 'PPPO' && it.topic == 'customs' }.gaps", contains((int) global))
                .body("cells.find { it.region == 'PPPO' && it.topic == 'diagnostics' }.gaps", empty())
                .body("cells.find { it.region == 'NEPPO' && it.topic == 'diagnostics' }.gaps", contains((int) gap));
    }

    @Test
    void dimensionsAreOneToThreeDifferentOnes() {
        for (String wrong : List.of("colour", "topic,topic", "topic,language,region,commodityClass", "topic,")) {
            given().queryParam("dimensions", wrong).get("/v1/coverage").then().statusCode(400);
        }
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
