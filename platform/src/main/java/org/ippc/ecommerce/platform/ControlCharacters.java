package org.ippc.ecommerce.platform;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Text with control characters other than tab and line breaks is refused with a 400 problem: PostgreSQL
 * cannot store NUL at all, and the others (terminal escapes, bell...) have no place in a register or a
 * search. Query and path parameters are checked here, JSON strings by {@link ControlCharacterFreeStrings}.
 */
public class ControlCharacters {
    /** Runs on every string of every JSON body (a screening has thousands), so a plain scan, not a regex. */
    public static boolean present(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
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
