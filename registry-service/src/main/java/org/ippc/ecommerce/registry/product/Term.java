package org.ippc.ecommerce.registry.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.LanguageCode;

@Schema(name = "SearchTerm", description = "A name of the product in listings, in a language.")
public record Term(
        @NotNull @LanguageCode @Schema(examples = "es") String language,

        @NotBlank @Size(max = 200) @Schema(examples = "semillas de tomate")
        String term) {}
