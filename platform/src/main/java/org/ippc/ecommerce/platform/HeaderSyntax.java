package org.ippc.ecommerce.platform;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A Content-Type that is not a media type ({@code foo}, {@code ;;}, nothing at all) is a 400 problem
 * before any filter or resource reads it, whatever the path and whether or not a token comes with it.
 */
class HeaderSyntax {
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    void requireMediaTypes(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !isMediaType(contentType)) {
            throw HttpProblem.builder()
                    .withStatus(400)
                    .withTitle("Bad Request")
                    .withDetail("The Content-Type header is not a media type such as application/json.")
                    .with("header", HttpHeaders.CONTENT_TYPE)
                    .build();
        }
    }

    private static boolean isMediaType(String value) {
        try {
            MediaType.valueOf(value);
            return !value.isBlank();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
