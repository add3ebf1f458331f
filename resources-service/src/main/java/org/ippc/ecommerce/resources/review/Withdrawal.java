package org.ippc.ecommerce.resources.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Withdrawal", description = "Why a published resource leaves the catalogue.")
public record Withdrawal(@NotBlank @Size(max = 4000) String reason) {}
