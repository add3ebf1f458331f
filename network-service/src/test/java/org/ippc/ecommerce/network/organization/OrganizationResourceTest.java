package org.ippc.ecommerce.network.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationResourceTest {

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> organization(String name, String type, String country) {
        return Map.of("name", name, "type", type, "countryCode", country, "website", "https://example.org");
    }

    @Test
    void secretariatRecordsAnOrganizationAndAnyoneReadsIt() {
        String name = unique("Plant Protection Service");
        String location = given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(organization(name, "NPPO", "NL"))
                .when()
                .post("/v1/organizations")
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("type", equalTo("NPPO"))
                .extract()
                .header("Location");

        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .body("name", equalTo(name))
                .body("countryCode", equalTo("NL"))
                .body("website", equalTo("https://example.org"));
    }

    @Test
    void sameNameInTheSameCountryIsAConflictWhateverTheCase() {
        String name = unique("Seed Traders Association");
        int id = given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(organization(name, "industry", "FR"))
                .post("/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(organization(name.toUpperCase(), "industry", "FR"))
                .when()
                .post("/v1/organizations")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Conflict"))
                .body("detail", containsString("already recorded as " + id));

        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(organization(name, "industry", "BE"))
                .post("/v1/organizations")
                .then()
                .statusCode(201);
    }

    @Test
    void rppoRecordsOrganizationsOfItsMemberCountriesOnly() {
        String inRegion = unique("Julius Kühn-Institut");
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .contentType(ContentType.JSON)
                .body(organization(inRegion, "academia", "DE"))
                .post("/v1/organizations")
                .then()
                .statusCode(201);

        String outOfRegion = unique("Embrapa");
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .contentType(ContentType.JSON)
                .body(organization(outOfRegion, "academia", "BR"))
                .post("/v1/organizations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("BR is not one"));
        given().queryParam("name", outOfRegion).get("/v1/organizations").then().body("items", hasSize(0));
    }

    @Test
    void otherRolesMayNotRecordOrganizations() {
        for (String token :
                new String[] {Tokens.nppo("FR"), Tokens.contributor("acme"), Tokens.expert(1), Tokens.screener("dhl")
                }) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(organization(unique("Refused"), "other", "FR"))
                    .when()
                    .post("/v1/organizations")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("status", equalTo(403));
        }
        given().queryParam("name", "Refused").get("/v1/organizations").then().body("items", hasSize(0));
    }

    @Test
    void invalidOrganizationIsAValidationProblemListingEveryField() {
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("name", " ", "countryCode", "France", "website", "ftp://example.org"))
                .when()
                .post("/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("name", "type", "countryCode", "website"))
                .body("violations.in", hasItems("body"));
    }

    @Test
    void unknownTypeIsABadRequestProblem() {
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(organization(unique("Typo"), "ngo", "FR"))
                .when()
                .post("/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("type", "ngo")
                .get("/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void listsFilterAndPageWithAnOpaqueCursor() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(organization("Paging " + tag + " " + i, "other", "KE"))
                    .post("/v1/organizations")
                    .then()
                    .statusCode(201);
        }
        String next = given().queryParam("name", "paging " + tag)
                .queryParam("type", "other")
                .queryParam("country", "KE")
                .queryParam("limit", 2)
                .get("/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.name", contains("Paging " + tag + " 0", "Paging " + tag + " 1"))
                .body("next", notNullValue())
                .extract()
                .path("next");
        given().queryParam("name", "paging " + tag)
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/v1/organizations")
                .then()
                .body("items.name", contains("Paging " + tag + " 2"))
                .body("next", nullValue());
        given().queryParam("name", "paging " + tag)
                .queryParam("country", "UG")
                .get("/v1/organizations")
                .then()
                .body("items", hasSize(0));
    }

    @Test
    void badCursorAndLimitAreProblems() {
        given().queryParam("cursor", "not-a-cursor")
                .get("/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid cursor"));
        given().queryParam("limit", 0)
                .get("/v1/organizations")
                .then()
                .statusCode(400)
                .body("violations[0].in", equalTo("query"));
        given().queryParam("limit", 10_000).get("/v1/organizations").then().statusCode(400);
    }

    @Test
    void unknownOrganizationIsNotFound() {
        given().get("/v1/organizations/999999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("instance", endsWith("/v1/organizations/999999999"));
    }

    @Test
    void updatesNeedIfMatchStayInScopeAndAreKeptInTheHistory() {
        String name = unique("Plant Health Agency");
        ExtractableResponse<Response> created = given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .contentType(ContentType.JSON)
                .body(organization(name, "NPPO", "PT"))
                .post("/v1/organizations")
                .then()
                .statusCode(201)
                .extract();
        String location = created.header("Location");
        String etag = created.header("ETag");
        given().get(location)
                .then()
                .body("createdAt", equalTo(created.path("createdAt")))
                .header("ETag", equalTo(etag));
        Map<String, Object> renamed = organization(name + " (DGAV)", "NPPO", "PT");

        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .contentType(ContentType.JSON)
                .body(renamed)
                .put(location)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(Tokens.rppo("NAPPO"))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(renamed)
                .put(location)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(organization(name, "NPPO", "BR"))
                .put(location)
                .then()
                .statusCode(403);
        // The organization as it is: nothing changes, not the ETag, not the history.
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(organization(name, "NPPO", "PT"))
                .put(location)
                .then()
                .statusCode(200)
                .header("ETag", equalTo(etag));
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(renamed)
                .put(location)
                .then()
                .statusCode(200)
                .body("name", equalTo(name + " (DGAV)"));
        given().auth()
                .oauth2(Tokens.secretariat())
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(organization(name, "NPPO", "PT"))
                .put(location)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(Tokens.secretariat())
                .get(location + "/history")
                .then()
                .statusCode(200)
                .body("action", contains("recorded", "updated"))
                .body("[1].changes.name", contains(name, name + " (DGAV)"));
        given().get(location + "/history").then().statusCode(401);
        // Portugal is a member of EPPO, not of NAPPO: NAPPO may neither edit nor read its organizations' history.
        given().auth()
                .oauth2(Tokens.rppo("EPPO"))
                .get(location + "/history")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.rppo("NAPPO"))
                .get(location + "/history")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyIsAnsweredOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = organization(unique("Retry Org"), "academia", "IT");
        int first = given().auth()
                .oauth2(Tokens.secretariat())
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.secretariat())
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/organizations")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(first));
    }
}
