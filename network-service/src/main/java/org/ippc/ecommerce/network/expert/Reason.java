package org.ippc.ecommerce.network.expert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reason", description = "Why an action is taken; kept in the history.")
public record Reason(@NotBlank @Size(max = 2000) String reason) {}
