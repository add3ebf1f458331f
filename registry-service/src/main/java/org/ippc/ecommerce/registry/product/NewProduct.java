package org.ippc.ecommerce.registry.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewProduct", description = "A high-risk product to add to the list.")
public record NewProduct(
        @NotBlank @Size(max = 200) @Schema(examples = "Tomato seeds")
        String name,

        @NotBlank @Size(max = 4000) @Schema(examples = "Seeds of Solanum lycopersicum for sowing.")
        String description,

        @NotBlank @Schema(description = "a code of /v1/commodity-classes", examples = "seeds")
        String commodityClass) {}
