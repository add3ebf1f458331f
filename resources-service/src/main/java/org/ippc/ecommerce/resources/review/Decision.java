package org.ippc.ecommerce.resources.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Decision", description = "The Secretariat's decision on a reviewed resource.")
public record Decision(
        @NotNull
        @Pattern(regexp = "revision-requested|accepted|rejected")
        @Schema(enumeration = {"revision-requested", "accepted", "rejected"})
        String decision,

        @Size(max = 4000)
        @Schema(
                nullable = true,
                description = "told to the contributor; required when asking for a revision or rejecting")
        String reason) {}
