package org.ippc.ecommerce.registry.trader;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TraderStatusChange", description = "A change of registration status, with its reason.")
public record StatusChange(
        @NotNull
        @Pattern(regexp = "registered|suspended|deregistered")
        @Schema(enumeration = {"registered", "suspended", "deregistered"})
        String status,

        @NotBlank @Size(max = 2000) String reason) {}
