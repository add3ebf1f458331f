package org.ippc.ecommerce.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document committed in src/main/openapi is the contract, reviewed like code: this
 * test fails when the served document differs from it, and leaves the served one in target/ so
 * that the change can be reviewed and committed. A service runs it as a {@code @QuarkusTest}
 * subclass; the paths are relative to the service's module.
 */
public abstract class OpenApiContractConventions {
    private static final Path COMMITTED = Path.of("src/main/openapi/openapi.yaml");
    private static final Path SERVED = Path.of("target/openapi/served-openapi.yaml");

    @Test
    void servedDocumentIsTheCommittedContract() throws IOException {
        String served = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served);

        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode committed = Files.exists(COMMITTED) ? yaml.readTree(COMMITTED.toFile()) : null;
        assertTrue(
                yaml.readTree(served).equals(committed),
                "The API differs from the committed contract. Review the difference (diff " + COMMITTED + " " + SERVED
                        + "), then accept it with: cp " + SERVED + " " + COMMITTED);
    }
}
