package org.ippc.ecommerce.registry.guidance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.registry.testing.ResourcesStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A caller's W3C trace context goes on to resources-service and comes back in problem responses. */
@QuarkusTest
class TracePropagationTest {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @AfterEach
    void resourcesBack() {
        ResourcesStub.reset();
    }

    @Test
    void theCallersTraceGoesOnToTheCatalogue() {
        String word = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Seeds of " + word,
                        "description",
                        "Seeds.",
                        "commodityClass",
                        "seeds",
                        "hsCodes",
                        List.of(),
                        "taxa",
                        List.of(),
                        "pests",
                        List.of(),
                        "searchTerms",
                        List.of(Map.of("language", "en", "term", word + " seeds"))))
                .post("/v1/products")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(Tokens.screener("courier"))
                .header("traceparent", TRACEPARENT)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("id", "1", "title", word + " seeds", "destinationCountry", "DE"))))
                .post("/v1/screenings")
                .then()
                .statusCode(200)
                .body("items[0].products", not(empty()));

        List<String> forwarded = ResourcesStub.traceparentsReceived();
        assertThat(forwarded, not(empty()));
        assertThat(forwarded, everyItem(startsWith("00-" + TRACE_ID + "-")));
    }

    @Test
    void aProblemCarriesTheCallersTraceId() {
        given().auth()
                .oauth2(Tokens.screener("courier"))
                .header("traceparent", TRACEPARENT)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("id", "1"))))
                .post("/v1/screenings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("traceId", equalTo(TRACE_ID));
    }
}
