package org.ippc.ecommerce.registry.change;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One change, at its position in the feed.")
public record ChangeView(
        long position,
        Instant at,

        @Schema(
                enumeration = {
                    "trader.registered",
                    "trader.status-changed",
                    "trader.presences-changed",
                    "requirement.set",
                    "requirement.corrected",
                    "requirement.superseded"
                })
        String type,

        @Schema(description = "the trader's or the requirement's id")
        long subjectId,

        @Schema(description = "the trader's registration, name, status, websites and stores; or the requirement")
        Map<String, Object> data) {}
