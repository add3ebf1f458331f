package org.ippc.ecommerce.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/**
 * A request body that Jackson cannot read answers a 400 problem naming the field and what is wrong
 * with it, in the API's words: never an empty body (Quarkus' own answer to a type mismatch) and
 * never a Java class name (Jackson's own message).
 */
@Provider
@Priority(Priorities.USER - 1)
public class JsonInputProblems extends ExceptionMapperBase<MismatchedInputException> {

    @Override
    protected HttpProblem toProblem(MismatchedInputException exception) {
        return problem(exception);
    }

    static HttpProblem problem(JsonProcessingException exception) {
        HttpProblem.Builder problem =
                HttpProblem.builder().withStatus(Status.BAD_REQUEST).withTitle(Status.BAD_REQUEST.getReasonPhrase());
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return problem.withDetail("The request body is not valid JSON (line %d, column %d)."
                                .formatted(
                                        parse.getLocation().getLineNr(),
                                        parse.getLocation().getColumnNr()))
                        .build();
            }
        }
        String field = exception instanceof JsonMappingException mapping ? path(mapping) : "";
        if (exception instanceof BoundedJsonArrays.TooManyItems tooMany) {
            return HttpProblem.builder()
                    .withStatus(413)
                    .withTitle("Content Too Large")
                    .withDetail("Field '%s' has %d items; no list in this API takes more than %d."
                            .formatted(field, tooMany.items(), BoundedJsonArrays.MAX_ITEMS))
                    .with("field", field)
                    .build();
        }
        if (field.isEmpty()) {
            return problem.withDetail("The request body does not have the expected JSON structure.")
                    .build();
        }
        String detail =
                switch (exception) {
                    case UnrecognizedPropertyException unknown -> "Unknown field '%s'.".formatted(field);
                    case InvalidFormatException invalid ->
                        "Field '%s' cannot take the value \"%s\".".formatted(field, invalid.getValue());
                    default -> "Field '%s' has the wrong JSON type.".formatted(field);
                };
        return problem.withDetail(detail).with("field", field).build();
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    /** Rewrites the problems that other mappers made of unreadable JSON, found in the cause chain. */
    @ApplicationScoped
    static class Rewriter implements ProblemPostProcessor {
        @Override
        public HttpProblem apply(HttpProblem problem, ProblemContext context) {
            if (problem.getStatusCode() != Status.BAD_REQUEST.getStatusCode()) {
                return problem;
            }
            for (Throwable cause = context.cause; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonProcessingException json) {
                    HttpProblem rewritten = problem(json);
                    return HttpProblem.builder(problem)
                            .withDetail(rewritten.getDetail())
                            .with("field", rewritten.getParameters().get("field"))
                            .build();
                }
            }
            return problem;
        }
    }
}
