package org.ippc.ecommerce.resources.resource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.resources.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResourceResourceTest {

    private static Map<String, Object> resource(String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Buying seeds online: the risks");
        body.put("summary", "A factsheet for buyers of seeds on marketplaces.");
        body.put("language", "fr");
        body.put("type", "factsheet-infographic");
        body.put("url", url);
        body.put("consentToPublish", true);
        return body;
    }

    private static String uniqueUrl() {
        return "https://example.org/resources/" + UUID.randomUUID();
    }

    private static String submit(String org, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.contributor(org))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/resources")
                .then()
                .statusCode(201)
                .body("status", equalTo("submitted"))
                .body("contributorOrg", equalTo(org))
                .extract()
                .header("Location");
    }

    @Test
    void contributorSubmitsAndItsOrganizationAndTheSecretariatSeeIt() {
        String location = submit("NPPO-KE", resource(uniqueUrl()));
        given().auth()
                .oauth2(Tokens.contributor("NPPO-KE"))
                .get(location)
                .then()
                .statusCode(200)
                .body("language", equalTo("fr"))
                .body("consentToPublish", equalTo(true));
        given().auth().oauth2(Tokens.secretariat()).get(location).then().statusCode(200);
    }

    @Test
    void anotherOrganizationOrRoleMayNotSeeASubmission() {
        String location = submit("NPPO-KE", resource(uniqueUrl()));
        given().auth()
                .oauth2(Tokens.contributor("NPPO-UG"))
                .get(location)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("another organization"));
        given().auth().oauth2(Tokens.nppo("KE")).get(location).then().statusCode(403);
        given().get(location).then().statusCode(401);
    }

    @Test
    void onlyContributorsSubmit() {
        for (String token : new String[] {Tokens.secretariat(), Tokens.nppo("FR"), Tokens.expert(3)}) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(resource(uniqueUrl()))
                    .post("/v1/resources")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void sameUrlFromTheSameOrganizationIsAConflict() {
        String url = uniqueUrl();
        submit("EPPO", resource(url));
        given().auth()
                .oauth2(Tokens.contributor("EPPO"))
                .contentType(ContentType.JSON)
                .body(resource(url))
                .post("/v1/resources")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("EPPO already submitted " + url));
        submit("NAPPO", resource(url));
    }

    @Test
    void invalidSubmissionIsAValidationProblem() {
        Map<String, Object> body = resource("javascript:alert(1)");
        body.put("language", "french");
        body.remove("title");
        body.remove("consentToPublish");
        given().auth()
                .oauth2(Tokens.contributor("EPPO"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/resources")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("title", "language", "url", "consentToPublish"));

        Map<String, Object> unknownType = resource(uniqueUrl());
        unknownType.put("type", "podcast");
        given().auth()
                .oauth2(Tokens.contributor("EPPO"))
                .contentType(ContentType.JSON)
                .body(unknownType)
                .post("/v1/resources")
                .then()
                .statusCode(400)
                .body("detail", containsString("Unknown resource type 'podcast'"));
    }
}
