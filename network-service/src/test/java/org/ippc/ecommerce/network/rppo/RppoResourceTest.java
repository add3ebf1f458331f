package org.ippc.ecommerce.network.rppo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RppoResourceTest {

    @Test
    void listsTheTenRpposWithTheirMembers() {
        given().when()
                .get("/v1/rppos")
                .then()
                .statusCode(200)
                .body(
                        "acronym",
                        contains(
                                "APPPC", "CAHFSA", "CAN", "COSAVE", "EPPO", "IAPSC", "NAPPO", "NEPPO", "OIRSA", "PPPO"))
                .body("find { it.acronym == 'NAPPO' }.members.countryCode", contains("CA", "MX", "US"))
                .body("find { it.acronym == 'IAPSC' }.members", hasSize(55));
    }

    @Test
    void showsOneRppoWithMembershipKinds() {
        given().when()
                .get("/v1/rppos/EPPO")
                .then()
                .statusCode(200)
                .body("name", equalTo("European and Mediterranean Plant Protection Organization"))
                .body("seat", equalTo("Paris, France"))
                .body("members.find { it.countryCode == 'FR' }.membership", equalTo("member"))
                .body("members.find { it.countryCode == 'GE' }.membership", equalTo("unconfirmed"));
        given().when()
                .get("/v1/rppos/CAHFSA")
                .then()
                .body("members.find { it.countryCode == 'BM' }.membership", equalTo("associate"));
    }

    @Test
    void answersTheRpposOfACountryThatBelongsToSeveral() {
        given().when()
                .get("/v1/countries/MA/rppos")
                .then()
                .statusCode(200)
                .body("acronym", contains("EPPO", "IAPSC", "NEPPO"))
                .body("find { it.acronym == 'EPPO' }.members.countryCode", hasItem("DE"));
        given().when().get("/v1/countries/FR/rppos").then().body("acronym", contains("APPPC", "EPPO", "PPPO"));
        given().when().get("/v1/countries/IS/rppos").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void unknownRppoIsANotFoundProblem() {
        given().when()
                .get("/v1/rppos/NOPE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("There is no RPPO with the acronym 'NOPE'."));
    }

    @Test
    void countryCodeThatIsNotIsoIsAValidationProblem() {
        for (String code : new String[] {"XX", "fr", "FRA"}) {
            given().when()
                    .get("/v1/countries/{code}/rppos", code)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].in", equalTo("path"));
        }
    }
}
