package org.ippc.ecommerce.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/** Health, metrics and the OpenAPI document, as every service serves them to operations. */
public abstract class OperationsEndpointsConventions {

    /** A public read that answers 200 without a token, to find its requests in the metrics. */
    protected abstract String publicRead();

    /** The title of the service's OpenAPI document. */
    protected abstract String apiTitle();

    @Test
    void livenessAndReadinessIncludingTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void prometheusMetrics() {
        given().get(publicRead()).then().statusCode(200);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"" + publicRead() + "\""));
    }

    @Test
    void openApiDocumentWithInfoAndBearerScheme() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo(apiTitle()))
                .body("info.contact.name", equalTo("IPPC Secretariat"))
                .body("info.license.name", equalTo("Apache 2.0"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(notNullValue());
    }
}
