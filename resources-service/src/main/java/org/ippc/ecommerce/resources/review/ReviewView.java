package org.ippc.ecommerce.resources.review;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Review", description = "A reviewer of a resource and their current recommendation.")
public record ReviewView(
        long expertId,
        Instant assignedAt,
        String assignedBy,

        @Schema(
                nullable = true,
                enumeration = {"accept", "revise", "reject"})
        String recommendation,

        @Schema(nullable = true) String comment,
        @Schema(nullable = true) Instant recommendedAt) {

    static ReviewView of(ReviewAssignment assignment) {
        return new ReviewView(
                assignment.expertId,
                assignment.assignedAt,
                assignment.assignedBy,
                assignment.recommendation,
                assignment.comment,
                assignment.recommendedAt);
    }
}
