package org.ippc.ecommerce.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client that accepts problems ({@code Accept: application/problem+json}, alone or beside the media types it
 * wants) is matched to the operation as if it accepted what the operation produces, last: it gets its answer, or
 * the problem that explains why not, never a 406 in place of either. Every error is a problem whatever the Accept.
 */
class ProblemAcceptance {
    private static final String PROBLEM = "application/problem+json";

    @ServerRequestFilter(preMatching = true)
    void acceptWhatTheOperationProduces(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(PROBLEM) && !accept.contains("*/*")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", */*;q=0.001");
        }
    }
}
