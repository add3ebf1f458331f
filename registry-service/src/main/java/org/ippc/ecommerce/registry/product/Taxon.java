package org.ippc.ecommerce.registry.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Taxon", description = "A scientific name with its EPPO code where known.")
public record Taxon(
        @NotBlank @Size(max = 200) @Schema(examples = "Xylella fastidiosa")
        String scientificName,

        @Pattern(regexp = "[0-9A-Z]{5,6}") @Schema(examples = "XYLEFA")
        String eppoCode) {}
