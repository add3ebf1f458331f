package org.ippc.ecommerce.network.gap;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GapStatusChange")
public record GapStatusChange(
        @NotNull @Pattern(regexp = "open|in-progress|closed") @Schema(enumeration = {"open", "in-progress", "closed"})
        String status,

        @Size(max = 2000) String reason) {}
