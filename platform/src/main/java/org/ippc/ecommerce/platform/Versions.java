package org.ippc.ecommerce.platform;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/** ETags of single records and the If-Match precondition of their updates. */
public final class Versions {
    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * A create's answer, or its replay, with the new record's ETag, so that its creator may update it without
     * reading it first. Hibernate creates every versioned record at version 0.
     */
    public static Response taggedAsCreated(Response created) {
        return Response.fromResponse(created).tag(etag(0)).build();
    }

    /** 428 without If-Match, 412 when it names another version than the current one. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw HttpProblem.builder()
                    .withStatus(428)
                    .withTitle("Precondition Required")
                    .withDetail("Send If-Match with the ETag of the record you read, so that no change is lost.")
                    .build();
        }
        if (!ifMatch.strip().equals(etag(currentVersion).toString())) {
            throw preconditionFailed("The record changed since you read it: it is now at ETag %s. Read it again."
                    .formatted(etag(currentVersion)));
        }
    }

    /** A create through PUT, of a record that does not exist yet: 412 when If-Match names a version of it. */
    public static void requireNoMatch(String ifMatch) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            throw preconditionFailed("There is no such record yet: create it without If-Match.");
        }
    }

    private static HttpProblem preconditionFailed(String detail) {
        return HttpProblem.builder()
                .withStatus(Status.PRECONDITION_FAILED)
                .withTitle(Status.PRECONDITION_FAILED.getReasonPhrase())
                .withDetail(detail)
                .build();
    }
}
