package org.ippc.ecommerce.registry.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ProductStatusChange",
        description = "Retire a product from the list, or list it again, with the reason.")
public record ProductStatusChange(
        @NotNull @Pattern(regexp = LISTED + "|" + RETIRED) @Schema(enumeration = {LISTED, RETIRED})
        String status,

        @NotBlank @Size(max = 2000) String reason) {
    public static final String LISTED = "listed";
    public static final String RETIRED = "retired";
}
