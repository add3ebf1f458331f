package org.ippc.ecommerce.platform;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Two requests that change the same thing at the same time: the database refuses the second
 * (unique key or version check). An update sent with If-Match lost to one that committed first, so
 * its ETag is stale: 412, as when the change had committed before it was checked. Anything else
 * gets a 409 to retry, not a 500.
 */
@Provider
@Priority(Priorities.USER)
public class ConcurrentChangeProblems extends ExceptionMapperBase<PersistenceException> {
    private final HttpServerRequest request;

    ConcurrentChangeProblems(HttpServerRequest request) {
        this.request = request;
    }

    @Override
    protected HttpProblem toProblem(PersistenceException exception) {
        if (exception instanceof OptimisticLockException && request.getHeader(HttpHeaders.IF_MATCH) != null) {
            return HttpProblem.builder()
                    .withStatus(Status.PRECONDITION_FAILED)
                    .withTitle(Status.PRECONDITION_FAILED.getReasonPhrase())
                    .withDetail("The record was changed by another request while yours was applied. Read it again.")
                    .build();
        }
        if (!(exception instanceof OptimisticLockException || exception instanceof ConstraintViolationException)) {
            return HttpProblem.valueOf(Status.INTERNAL_SERVER_ERROR);
        }
        return HttpProblem.builder()
                .withStatus(Status.CONFLICT)
                .withTitle(Status.CONFLICT.getReasonPhrase())
                .withDetail("Another change to the same record was made at the same time. Read it again and retry.")
                .build();
    }
}
