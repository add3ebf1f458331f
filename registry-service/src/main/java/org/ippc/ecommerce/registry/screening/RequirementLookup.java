package org.ippc.ecommerce.registry.screening;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RequirementLookup")
public record RequirementLookup(
        String destination,

        @Schema(nullable = true, description = "the origin asked about; absent: the requirements for every origin")
        String origin,

        LocalDate date,
        List<RequirementLookupProduct> products) {}
