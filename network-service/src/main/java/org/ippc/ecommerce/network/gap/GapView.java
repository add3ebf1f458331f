package org.ippc.ecommerce.network.gap;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Gap", description = "A gap in technical resources (public).")
public record GapView(
        long id,
        String topic,
        String description,
        @Schema(nullable = true) String commodityClass,
        List<String> languages,
        List<String> regions,
        @Schema(enumeration = {"low", "medium", "high"}) String priority,

        @Schema(enumeration = {"open", "in-progress", "closed"})
        String status,

        @Schema(examples = "expert") String proposerRole,
        Instant proposedAt) {

    static GapView of(ResourceGap gap) {
        return new GapView(
                gap.id,
                gap.topic,
                gap.description,
                gap.commodityClass,
                gap.languages,
                gap.regions,
                gap.priority,
                gap.status.code(),
                gap.proposerRole,
                gap.proposedAt);
    }
}
