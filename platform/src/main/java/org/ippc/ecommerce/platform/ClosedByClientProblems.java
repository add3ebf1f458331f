package org.ippc.ecommerce.platform;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A client that closes its connection while its request's body is still being read (a courier's upload that
 * times out, an officer cancelling an import): the read fails with an I/O error and nothing is done with the
 * request. That is the client's doing, so it is a 400 logged on one line, which no one receives, rather than a
 * 500 logged as an error with its stack trace. Any other I/O failure stays a 500.
 */
@Provider
@Priority(Priorities.USER)
public class ClosedByClientProblems extends ExceptionMapperBase<IOException> {
    private final HttpServerRequest request;

    ClosedByClientProblems(HttpServerRequest request) {
        this.request = request;
    }

    @Override
    protected HttpProblem toProblem(IOException exception) {
        return problem(request);
    }

    static HttpProblem problem(HttpServerRequest request) {
        if (!request.response().closed()) {
            return HttpProblem.valueOf(Status.INTERNAL_SERVER_ERROR);
        }
        return HttpProblem.builder()
                .withStatus(Status.BAD_REQUEST)
                .withTitle(Status.BAD_REQUEST.getReasonPhrase())
                .withDetail("The client closed the connection before the request was read in full.")
                .build();
    }

    /** The same, for a body read where I/O errors cannot be thrown as they are (a CSV file's lines). */
    @Provider
    @Priority(Priorities.USER)
    public static class Unchecked extends ExceptionMapperBase<UncheckedIOException> {
        private final HttpServerRequest request;

        Unchecked(HttpServerRequest request) {
            this.request = request;
        }

        @Override
        protected HttpProblem toProblem(UncheckedIOException exception) {
            return problem(request);
        }
    }
}
