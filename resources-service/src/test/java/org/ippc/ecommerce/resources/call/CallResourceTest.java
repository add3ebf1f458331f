package org.ippc.ecommerce.resources.call;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.resources.testing.NetworkStub;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CallResourceTest {
    @Inject
    CallRepository calls;

    @AfterEach
    void networkBack() {
        NetworkStub.reset();
    }

    private static Map<String, Object> call() {
        Map<String, Object> body = new HashMap<>();
        body.put("titles", Map.of("en", "Resources on seed parcels", "ar", "موارد عن طرود البذور"));
        body.put("texts", Map.of("en", "The Secretariat calls for existing material on seeds sent by post."));
        body.put("topics", List.of("postal-courier", "awareness"));
        body.put("languages", List.of("ar", "fr"));
        body.put("regions", List.of("global"));
        body.put("commodityClasses", List.of("seeds"));
        body.put("deadline", LocalDate.now().plusMonths(3).toString());
        return body;
    }

    private static int opened(Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/calls")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("status", equalTo("open"))
                .extract()
                .path("id");
    }

    private static Map<String, Object> answering(int call) {
        Map<String, Object> resource = Submissions.resource(Submissions.uniqueWord());
        resource.put("callId", call);
        return resource;
    }

    @Test
    void aCallShowsWhatItReceivedAcceptedAndPublished() {
        int call = opened(call());
        given().get("/v1/calls?status=open&limit=200").then().statusCode(200).body("items.id", hasItem(call));
        given().get("/v1/calls?status=closed&limit=200").then().body("items.id", not(hasItem(call)));

        long submitted = Submissions.submit(Submissions.ORG, answering(call));
        Submissions.accepted(answering(call));
        Submissions.published(answering(call));
        Submissions.submit(Submissions.ORG, Submissions.resource(Submissions.uniqueWord()));

        given().get("/v1/calls/{id}", call)
                .then()
                .statusCode(200)
                .body("titles.ar", equalTo("موارد عن طرود البذور"))
                .body("received", equalTo(3))
                .body("accepted", equalTo(2))
                .body("published", equalTo(1));
        given().auth()
                .oauth2(Tokens.contributor(Submissions.ORG))
                .get("/v1/submissions/{id}", submitted)
                .then()
                .body("callId", equalTo(call));
    }

    @Test
    void aClosedCallOrOneThereIsNotTakesNoSubmission() {
        int call = opened(call());
        QuarkusTransaction.requiringNew()
                .run(() ->
                        calls.findById((long) call).deadline = LocalDate.now().minusDays(1));
        given().get("/v1/calls/{id}", call).then().body("status", equalTo("closed"));
        given().get("/v1/calls?status=closed&limit=200").then().body("items.id", hasItem(call));
        submitting(answering(call)).statusCode(409);
        submitting(answering(987_654_321)).statusCode(400);
        given().get("/v1/calls/{id}", call).then().body("received", equalTo(0));
    }

    @Test
    void onlyTheSecretariatOpensACallAndBadInputOpensNone() {
        given().auth()
                .oauth2(Tokens.contributor(Submissions.ORG))
                .contentType(ContentType.JSON)
                .body(call())
                .post("/v1/calls")
                .then()
                .statusCode(403);
        Map<String, Object> noEnglish = call();
        noEnglish.put("titles", Map.of("fr", "Ressources"));
        Map<String, Object> past = call();
        past.put("deadline", LocalDate.now().minusDays(1).toString());
        Map<String, Object> unknownTopic = call();
        unknownTopic.put("topics", List.of("astrology"));
        Map<String, Object> notOfficial = call();
        notOfficial.put("texts", Map.of("en", "Text", "de", "Text"));
        int before = lastCall();
        for (Map<String, Object> bad : List.of(noEnglish, past, unknownTopic, notOfficial)) {
            given().auth()
                    .oauth2(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(bad)
                    .post("/v1/calls")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        assertEquals(before, lastCall());
    }

    private static int lastCall() {
        List<Integer> ids = given().get("/v1/calls?limit=200").then().extract().path("items.id");
        return ids.isEmpty() ? 0 : ids.getLast();
    }

    private static ValidatableResponse submitting(Map<String, Object> resource) {
        return given().auth()
                .oauth2(Tokens.contributor(Submissions.ORG))
                .contentType(ContentType.JSON)
                .body(resource)
                .post("/v1/resources")
                .then();
    }
}
