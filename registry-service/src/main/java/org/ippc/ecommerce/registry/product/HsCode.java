package org.ippc.ecommerce.registry.product;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HsCode", description = "A Harmonized System heading or subheading.")
public record HsCode(
        @NotNull
        @Pattern(regexp = "[0-9]{2}(\\.?[0-9]{2}){0,2}", message = "must be 2, 4 or 6 digits, dots allowed")
        @Schema(examples = "1209.91")
        String code,

        @Schema(description = "\"ex\": only part of the heading is concerned")
        boolean partial) {}
