package org.ippc.ecommerce.resources.platform;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Text with control characters other than tab and line breaks is refused with a 400 problem: PostgreSQL
 * cannot store NUL at all, and the others (terminal escapes, bell...) have no place in a register or a
 * search. Query and path parameters are checked here, JSON strings by {@link ControlCharacterFreeStrings}.
 */
public class ControlCharacters {
    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    ControlCharacters() {}

    public static boolean present(String text) {
        return text != null && FORBIDDEN.matcher(text).find();
    }

    @ServerRequestFilter
    void refuseInParameters(ContainerRequestContext request) {
        refuseIn("query parameter", request.getUriInfo().getQueryParameters());
        refuseIn("path parameter", request.getUriInfo().getPathParameters());
    }

    private static void refuseIn(String where, MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(ControlCharacters::present)) {
                throw HttpProblem.builder()
                        .withStatus(Status.BAD_REQUEST)
                        .withTitle(Status.BAD_REQUEST.getReasonPhrase())
                        .withDetail("The %s '%s' contains a control character.".formatted(where, parameter.getKey()))
                        .with("field", parameter.getKey())
                        .build();
            }
        }
    }
}
