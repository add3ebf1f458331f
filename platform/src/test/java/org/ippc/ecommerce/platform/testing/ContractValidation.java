package org.ippc.ecommerce.platform.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks every response a service's tests receive through REST Assured against the service's committed OpenAPI
 * document: an undocumented status or media type, or a body its schema refuses, fails the test that received it.
 * Not checked: requests, since tests send bad ones on purpose; paths the document does not describe (/q/health,
 * /q/metrics, other services' stubs); and the bare 403 with which the HTTP server refuses a browser page of an
 * origin that may not call the service (CORS), before any operation. Quarkus runs it before every
 * {@code @QuarkusTest} method, in the class loader of the test, whose REST Assured it configures; a module without
 * a document is left alone.
 */
public final class ContractValidation implements QuarkusTestBeforeEachCallback {
    private static final Path DOCUMENT = Path.of("src/main/openapi/openapi.yaml");
    private static boolean installed;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    private static synchronized void install() {
        if (installed || !Files.exists(DOCUMENT)) {
            return;
        }
        OpenAPI document =
                new OpenAPIV3Parser().read(DOCUMENT.toAbsolutePath().toUri().toString());
        document.getComponents().getSchemas().values().forEach(ContractValidation::closed);
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createFor(document)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        // The validator reads a header's value as JSON, which a Location (an address) is not.
                        .withLevel("validation.response.header.schema.invalidJson", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        RestAssured.filters(new ResponseValidation(validator));
        installed = true;
    }

    /**
     * The schema and those it holds inline refuse a property they do not name. The validator does so by itself only
     * for the outermost object of a body, so an undocumented property of a nested object would pass.
     */
    @SuppressWarnings("rawtypes")
    private static void closed(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            if (schema.getAdditionalProperties() == null) {
                schema.setAdditionalProperties(false);
            }
            schema.getProperties().values().forEach(property -> closed((Schema) property));
        }
        closed(schema.getItems());
    }

    private record ResponseValidation(OpenApiInteractionValidator validator) implements Filter {
        @Override
        public Response filter(
                FilterableRequestSpecification request,
                FilterableResponseSpecification response,
                FilterContext context) {
            Response answer = context.next(request, response);
            if (!refusedByCors(request, answer)) {
                ValidationReport report =
                        validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(answer));
                if (report.hasErrors()) {
                    throw new AssertionError("The answer breaks " + DOCUMENT + ":\n"
                            + SimpleValidationReportFormat.getInstance().apply(report));
                }
            }
            return answer;
        }

        private static boolean refusedByCors(FilterableRequestSpecification request, Response answer) {
            return request.getHeaders().hasHeaderWithName("Origin")
                    && answer.statusCode() == 403
                    && answer.header("Access-Control-Allow-Origin") == null
                    && answer.asByteArray().length == 0;
        }
    }
}
