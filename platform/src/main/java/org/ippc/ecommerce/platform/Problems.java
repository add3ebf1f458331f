package org.ippc.ecommerce.platform;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/** The RFC 9457 problems this service raises on purpose; anything unexpected becomes a 500. */
public final class Problems {
    private Problems() {}

    public static HttpProblem badRequest(String detail) {
        return problem(Status.BAD_REQUEST, detail);
    }

    public static HttpProblem notFound(String detail) {
        return problem(Status.NOT_FOUND, detail);
    }

    public static HttpProblem forbidden(String detail) {
        return problem(Status.FORBIDDEN, detail);
    }

    public static HttpProblem conflict(String detail) {
        return problem(Status.CONFLICT, detail);
    }

    /** A 409 for an action the record's current state does not allow, naming the state and what it allows. */
    public static HttpProblem illegalTransition(String detail, String state, List<String> allowedActions) {
        return HttpProblem.builder()
                .withStatus(Status.CONFLICT)
                .withTitle("Action not allowed in this state")
                .withDetail(detail)
                .with("state", state)
                .with("allowedActions", allowedActions)
                .build();
    }

    private static HttpProblem problem(Status status, String detail) {
        return HttpProblem.builder()
                .withStatus(status)
                .withTitle(status.getReasonPhrase())
                .withDetail(detail)
                .build();
    }

    /** A 422 for an import none of whose lines was written because some were rejected, with its report. */
    public static HttpProblem linesRejected(int rejected, int lines, Object report) {
        return HttpProblem.builder()
                .withStatus(422)
                .withTitle("Lines rejected")
                .withDetail("%d of %d lines were rejected; nothing was written. Fix them, or import with partial=true."
                        .formatted(rejected, lines))
                .with("report", report)
                .build();
    }

    /** A 503 for a provider this service depends on being out of reach, telling when to try again. */
    public static HttpProblem serviceUnavailable(String detail, int retryAfterSeconds) {
        return HttpProblem.builder()
                .withStatus(Status.SERVICE_UNAVAILABLE)
                .withTitle(Status.SERVICE_UNAVAILABLE.getReasonPhrase())
                .withDetail(detail)
                .withHeader("Retry-After", retryAfterSeconds)
                .build();
    }
}
