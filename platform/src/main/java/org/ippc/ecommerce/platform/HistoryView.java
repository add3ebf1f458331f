package org.ippc.ecommerce.platform;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One change to a record.")
public record HistoryView(
        Instant at,
        @Schema(examples = "secretariat@ippc.int") String actor,
        @Schema(examples = "secretariat") String actorRole,
        @Schema(examples = "accepted") String action,

        @Schema(description = "field name to [before, after]")
        Map<String, Object[]> changes,

        @Schema(nullable = true) String reason) {

    static HistoryView of(HistoryEntry entry) {
        return new HistoryView(entry.at, entry.actor, entry.actorRole, entry.action, entry.changes, entry.reason);
    }
}
