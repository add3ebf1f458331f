package org.ippc.ecommerce.resources.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Recommendation", description = "A reviewer's recommendation on a resource.")
public record Recommendation(
        @NotNull @Pattern(regexp = "accept|revise|reject") @Schema(enumeration = {"accept", "revise", "reject"})
        String recommendation,

        @NotBlank @Size(max = 4000) String comment) {}
