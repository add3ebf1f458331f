package org.ippc.ecommerce.resources.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.ippc.ecommerce.resources.testing.NetworkStub;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.Test;

/** Each committed step of the review is counted by where it came from and where it went. */
@QuarkusTest
class ReviewMetricsTest {
    private static final String ASSIGNED = "from=\"submitted\",to=\"under-review\"";

    private static double counted(String labels) {
        return given().get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(line -> line.startsWith("ippc_review_transitions_total{") && line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void anAssignmentCountsOneTransitionToReview() {
        double before = counted(ASSIGNED);
        long id = Submissions.submit(Submissions.ORG, Submissions.resource(Submissions.uniqueWord()));
        Submissions.assign(id, NetworkStub.eligibleExpert());
        assertEquals(before + 1, counted(ASSIGNED));
    }
}
