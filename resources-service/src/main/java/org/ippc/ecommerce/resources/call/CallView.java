package org.ippc.ecommerce.resources.call;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Call", description = "A call for existing technical resources and what it has received so far.")
public record CallView(
        long id,
        Map<String, String> titles,
        Map<String, String> texts,
        List<String> topics,
        List<String> languages,
        List<String> regions,
        List<String> commodityClasses,
        LocalDate deadline,

        @Schema(
                enumeration = {"open", "closed"},
                description = "open until the end of the deadline (UTC)")
        String status,

        Instant openedAt,

        @Schema(description = "resources submitted in answer to the call")
        long received,

        @Schema(description = "of those, accepted or published")
        long accepted,

        @Schema(description = "of those, published in the catalogue")
        long published) {

    static CallView of(CallForResources call, LocalDate today, CallCounts counts) {
        return new CallView(
                call.id,
                call.titles,
                call.texts,
                call.topics,
                call.languages,
                call.regions,
                call.commodityClasses,
                call.deadline,
                call.isOpenOn(today) ? "open" : "closed",
                call.openedAt,
                counts.received(),
                counts.accepted(),
                counts.published());
    }
}
