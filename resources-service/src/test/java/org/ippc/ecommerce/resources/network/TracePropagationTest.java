package org.ippc.ecommerce.resources.network;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.resources.testing.NetworkStub;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.Test;

/** A caller's W3C trace context goes on to network-service and comes back in problem responses. */
@QuarkusTest
class TracePropagationTest {
    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-b7ad6b7169203331-01";

    @Test
    void theCallersTraceGoesOnToTheNetwork() {
        long submission = Submissions.submit(Submissions.ORG, Submissions.resource(Submissions.uniqueWord()));
        long expert = NetworkStub.eligibleExpert();
        given().auth()
                .oauth2(Tokens.secretariat())
                .header("traceparent", TRACEPARENT)
                .contentType(ContentType.JSON)
                .body(Map.of("expertIds", List.of(expert)))
                .post("/v1/submissions/{id}/reviewers", submission)
                .then()
                .statusCode(200);

        assertThat(
                NetworkStub.headersReceived("/v1/experts/%d/eligibility".formatted(expert), "traceparent"),
                contains(startsWith("00-" + TRACE_ID + "-")));
    }

    @Test
    void aProblemCarriesTheCallersTraceId() {
        given().auth()
                .oauth2(Tokens.secretariat())
                .header("traceparent", TRACEPARENT)
                .contentType(ContentType.JSON)
                .body(Map.of("expertIds", List.of()))
                .post("/v1/submissions/{id}/reviewers", Long.MAX_VALUE)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("traceId", equalTo(TRACE_ID));
    }
}
