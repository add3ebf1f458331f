package org.ippc.ecommerce.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.system.RunningSystem.Service;
import org.junit.jupiter.api.Test;

/**
 * One scenario across the three services as their users drive them, over real HTTP, with network-service
 * stopped in the middle of it.
 */
class SystemScenarioTest {
    private final RunningSystem system = RunningSystem.get();
    private final Workflow workflow = new Workflow(system);
    private final String registry = system.url(Service.REGISTRY);
    private final String resources = system.url(Service.RESOURCES);

    @Test
    void fromNominationToScreeningAndOnThroughANetworkOutage() {
        // An RPPO nominates an expert; the Secretariat accepts.
        long expert = workflow.acceptedExpert("seed-inspector@kephis.example");

        // A contributor submits a resource on seeds; the Secretariat assigns that expert, who recommends
        // acceptance; the Secretariat accepts and publishes it.
        String word = Workflow.uniqueWord();
        long resource = workflow.submittedResource(word);
        workflow.assign(resource, expert).statusCode(200).body("status", equalTo("under-review"));
        workflow.recommendAcceptance(resource, expert);
        workflow.acceptAndPublish(resource);
        given().get(resources + "/v1/resources?q=" + word)
                .then()
                .statusCode(200)
                .body("items.id", contains((int) resource));

        // The NPPO of France registers a trader with a marketplace store; the Secretariat lists tomato seeds
        // and Australia's NPPO prohibits them.
        String registrationNumber = given().auth()
                .oauth2(Tokens.nppo("FR"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "legalName", "Graines du Monde SARL",
                        "tradingNames", List.of("Graines du Monde"),
                        "countryCode", "FR",
                        "contactEmail", "contact@graines-du-monde.example",
                        "websites", List.of("https://www.graines-du-monde.example/"),
                        "stores", List.of(Map.of("platform", "etsy", "storeId", "GrainesDuMonde")),
                        "productClasses", List.of("seeds"),
                        "shipToCountries", List.of("AU")))
                .post(registry + "/v1/traders")
                .then()
                .statusCode(201)
                .extract()
                .path("registrationNumber");
        int product = given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Tomato seeds",
                        "description", "Seeds of Solanum lycopersicum",
                        "commodityClass", "seeds",
                        "hsCodes", List.of(),
                        "taxa", List.of(),
                        "pests", List.of(),
                        "searchTerms", List.of(Map.of("language", "en", "term", "tomato seeds"))))
                .post(registry + "/v1/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.nppo("AU"))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "prohibited", "legalBasis", "BICON", "effectiveFrom", "2020-01-01"))
                .post(registry + "/v1/products/{id}/requirements", product)
                .then()
                .statusCode(201);
        // Anyone reads what Australia prohibits.
        given().queryParam("status", "prohibited")
                .queryParam("limit", 200)
                .get(registry + "/v1/countries/AU/requirements")
                .then()
                .statusCode(200)
                .body("items.productId", hasItem(product));

        // A courier screens a listing of that store and one of an unknown seller, both bound for Australia.
        screenTwoListings(product, registrationNumber, resource);

        // network-service goes down: screening and the public catalogue keep answering, every service stays
        // ready, and assigning a reviewer answers 503 and changes nothing.
        system.stop(Service.NETWORK);
        screenTwoListings(product, registrationNumber, resource);
        given().get(resources + "/v1/resources?q=" + word)
                .then()
                .statusCode(200)
                .body("items.id", contains((int) resource));
        given().get(resources + "/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'network-service' }.data.answering", equalTo(false));
        long second = workflow.submittedResource(Workflow.uniqueWord());
        workflow.assign(second, expert).statusCode(503).header("Retry-After", notNullValue());
        workflow.submission(second).body("status", equalTo("submitted"));

        // Once it is back, the same assignment succeeds (after the circuit breaker lets calls through again).
        system.start(Service.NETWORK);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status;
        do {
            RunningSystem.sleep(Duration.ofSeconds(1));
            status = workflow.assign(second, expert).extract().statusCode();
        } while (status == 503 && Instant.now().isBefore(deadline));
        assertEquals(200, status, "the assignment succeeds once network-service is back");
        workflow.submission(second).body("status", equalTo("under-review"));
    }

    private void screenTwoListings(int product, String registrationNumber, long resource) {
        Response answer = given().auth()
                .oauth2(Tokens.screener("courier"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "items",
                        List.of(
                                Map.of(
                                        "id", "from-the-store",
                                        "title", "Heirloom tomato seeds, 50 pcs",
                                        "destinationCountry", "AU",
                                        "marketplace", Map.of("platform", "etsy", "storeId", "GrainesDuMonde")),
                                Map.of(
                                        "id", "unknown-seller",
                                        "title", "Tomato seeds 100 pcs",
                                        "destinationCountry", "AU",
                                        "sellerUrl", "https://unknown-seller.example/item/9"))))
                .post(registry + "/v1/screenings");
        answer.then()
                .statusCode(200)
                .body("guidanceAvailable", equalTo(true))
                .body("items.id", contains("from-the-store", "unknown-seller"))
                .body("items.verdict", contains("prohibited", "prohibited"))
                .body("items.rule", everyItem(startsWith("R1: Tomato seeds is prohibited in AU")))
                .body("items[0].seller.status", equalTo("registered"))
                .body("items[0].seller.registrationNumber", equalTo(registrationNumber))
                .body("items[1].seller.status", equalTo("unknown"))
                .body("items[0].requirements.productId", hasItem(product))
                .body("items[0].requirements.status", hasItem("prohibited"))
                .body("items[1].requirements.status", hasItem("prohibited"))
                .body("items[0].guidance.resourceId", hasItem((int) resource))
                .body("items[1].guidance.resourceId", hasItem((int) resource));
    }
}
