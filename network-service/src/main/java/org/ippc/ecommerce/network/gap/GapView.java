package org.ippc.ecommerce.network.gap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Gap", description = "A gap in technical resources (public).")
public record GapView(
        long id,
        @Schema(description = "the gap in a few words") String topic,

        @Schema(description = "topic codes: the areas of expertise")
        List<String> topics,

        String description,
        @Schema(nullable = true) String commodityClass,
        List<String> languages,
        List<String> regions,
        @Schema(enumeration = {"low", "medium", "high"}) String priority,

        @Schema(enumeration = {"open", "in-progress", "closed"})
        String status,

        @Schema(examples = "expert") String proposerRole,
        Instant proposedAt,

        @Schema(description = "the experts working on it, and by when")
        List<Assignment> assignments,

        @Schema(nullable = true, description = "the published resource (resources-service) that closed it")
        Long filledByResourceId) {

    @Schema(name = "GapAssignment")
    public record Assignment(long expertId, LocalDate targetDate, Instant assignedAt) {}

    static GapView of(ResourceGap gap) {
        return new GapView(
                gap.id,
                gap.topic,
                gap.topics,
                gap.description,
                gap.commodityClass,
                gap.languages,
                gap.regions,
                gap.priority,
                gap.status.code(),
                gap.proposerRole,
                gap.proposedAt,
                gap.assignments.stream()
                        .map(a -> new Assignment(a.expertId, a.targetDate, a.assignedAt))
                        .toList(),
                gap.filledByResourceId);
    }
}
