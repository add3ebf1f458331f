package org.ippc.ecommerce.resources.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.ippc.ecommerce.platform.testing.Counters;
import org.ippc.ecommerce.resources.testing.NetworkStub;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.Test;

/** Each committed step of the review is counted by where it came from and where it went. */
@QuarkusTest
class ReviewMetricsTest {
    private static final String ASSIGNED = "from=\"submitted\",to=\"under-review\"";

    @Test
    void anAssignmentCountsOneTransitionToReview() {
        double before = Counters.sum("ippc_review_transitions_total", ASSIGNED);
        long id = Submissions.submit(Submissions.ORG, Submissions.resource(Submissions.uniqueWord()));
        Submissions.assign(id, NetworkStub.eligibleExpert());
        assertEquals(before + 1, Counters.sum("ippc_review_transitions_total", ASSIGNED));
    }
}
