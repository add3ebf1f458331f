package org.ippc.ecommerce.resources.review;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewerAssignment", description = "Network experts the Secretariat asks to review a resource.")
public record ReviewerAssignment(
        @NotEmpty @Size(max = 10) @Schema(description = "expert ids of network-service", examples = "[42]")
        List<@NotNull @Positive Long> expertIds,

        @Size(max = 4000) @Schema(nullable = true) String comment) {}
