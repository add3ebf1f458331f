package org.ippc.ecommerce.network.gap;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GapClosure", description = "The published resource (resources-service) that fills the gap.")
public record GapClosure(
        @NotNull @Positive @Schema(description = "the id of the published resource in resources-service")
        Long resourceId,

        @Size(max = 2000) String reason) {}
