package org.ippc.ecommerce.platform;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.IndexView;

/**
 * Says in the document what holds for every operation, so that a client generated from it knows: an
 * operation without a security requirement is public (an explicit empty one, not an unstated one), and any
 * operation may answer a 4xx as an RFC 9457 problem (unknown field, unsupported media type, unacceptable
 * Accept...) and any 5xx as one too, beyond the responses it names, every error response with its problem body; and an operation marked {@code @Extension(name = ETAG, value = "true")}
 * names the {@code ETag} header of its successful answers, which the code sets and the annotations cannot name;
 * and an operation that takes {@code Accept-Language} names the {@code Content-Language} and {@code Vary} it answers;
 * and a property that is not required may be null; and what the platform's constraints accept ({@link
 * ConstraintSchemas}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiConventions implements OASFilter {
    /** The mark of an operation whose successful answers carry an ETag; it is taken out of the served document. */
    public static final String ETAG = "x-etag";
    /**
     * The group of operations whose calls one client may make at a limited rate ({@link RateLimiter}); it stays in
     * the served document, which also names the 429 answer.
     */
    public static final String RATE_LIMIT = "x-rate-limit";

    private static final String ANY_CLIENT_ERROR = "4XX";
    private static final String ANY_SERVER_ERROR = "5XX";

    private final ConstraintSchemas constraintSchemas;

    /** SmallRye OpenAPI passes the application's index, where the platform's constraints are found. */
    public OpenApiConventions(IndexView index) {
        this.constraintSchemas = new ConstraintSchemas(index, ConstraintSchemas.PLATFORM);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        constraintSchemas.describeIn(openAPI);
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations()
                .values()
                .forEach(OpenApiConventions::applyTo));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(OpenApiConventions::allowNullWhereOptional);
        }
    }

    /**
     * A property that is not required may be null, in requests and in answers ("storeUrl": null): the
     * document says so, so that a generated client neither refuses such an answer nor sends what is refused.
     */
    private static void allowNullWhereOptional(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            List<Schema.SchemaType> types = property.getType();
            if (!required.contains(name)
                    && types != null
                    && types.size() == 1
                    && !types.contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
            // A value that may be null and is one of a list: null is one of the list too, or JSON Schema refuses it.
            if (property.getType() != null
                    && property.getType().contains(Schema.SchemaType.NULL)
                    && property.getEnumeration() != null
                    && !property.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(property.getEnumeration());
                values.add(null);
                property.setEnumeration(values);
            }
        });
    }

    private static void applyTo(Operation operation) {
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(ETAG)) {
            operation.removeExtension(ETAG);
            boolean conditional = operation.getResponses().hasAPIResponse("304");
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2") || code.equals("304")) {
                    response.addHeader("ETag", etagHeader(conditional));
                }
            });
        }
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(RATE_LIMIT)) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "429",
                            OASFactory.createAPIResponse()
                                    .description("Too many calls from this client: try again after Retry-After"
                                            + " (RateLimit and RateLimit-Policy say the limit)")
                                    .addHeader(
                                            "Retry-After",
                                            OASFactory.createHeader()
                                                    .description("Seconds to wait")
                                                    .schema(OASFactory.createSchema()
                                                            .addType(Schema.SchemaType.INTEGER)))
                                    .content(problemContent()));
        }
        if (answersInTheCallersLanguage(operation)) {
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2")) {
                    response.addHeader(HttpHeaders.CONTENT_LANGUAGE, stringHeader("The language of the answer"));
                    response.addHeader(
                            HttpHeaders.VARY, stringHeader("Accept-Language: another language gets another answer"));
                }
            });
        }
        if (operation.getSecurity() == null) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
        }
        if (!operation.getResponses().hasAPIResponse(ANY_CLIENT_ERROR)) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            ANY_CLIENT_ERROR,
                            OASFactory.createAPIResponse()
                                    .description("The request cannot be answered as sent (RFC 9457 problem)")
                                    .content(problemContent()));
        }
        if (!operation.getResponses().hasAPIResponse(ANY_SERVER_ERROR)) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            ANY_SERVER_ERROR,
                            OASFactory.createAPIResponse()
                                    .description("The service failed, or a service it needs is unavailable (RFC 9457"
                                            + " problem)")
                                    .content(problemContent()));
        }
        // The 400, 401 and 403 that the scanner adds from validation and security annotations name no body, but
        // every error is answered with a problem.
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            boolean error = code.startsWith("4") || code.startsWith("5");
            if (error
                    && (response.getContent() == null
                            || response.getContent().getMediaTypes() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
        });
    }

    /**
     * An operation that takes {@code Accept-Language} ({@link LanguageNegotiation}): the document says how the
     * header is read, and that the answer names its language.
     */
    private static boolean answersInTheCallersLanguage(Operation operation) {
        if (operation.getParameters() == null) {
            return false;
        }
        boolean takesIt = false;
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER
                    && HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(parameter.getName())) {
                parameter.description("The languages the caller reads (RFC 9110); the answer is in the first of"
                        + " ar, en, es, fr, ru, zh among them, or in English. A text without a translation is in"
                        + " English, and its language field says so.");
                takesIt = true;
            }
        }
        return takesIt;
    }

    private static Header stringHeader(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Header etagHeader(boolean conditional) {
        return OASFactory.createHeader()
                .description(
                        conditional
                                ? "The version of what was answered: send it in If-None-Match to be answered 304 while"
                                        + " it is unchanged"
                                : "The record's version: send it in If-Match to change the record")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Content problemContent() {
        MediaType problem =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("HttpValidationProblem"));
        return OASFactory.createContent().addMediaType("application/problem+json", problem);
    }
}
