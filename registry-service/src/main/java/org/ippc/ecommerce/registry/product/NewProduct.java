package org.ippc.ecommerce.registry.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A high-risk product as added or replaced (PUT replaces every field, terms included). */
@Schema(name = "NewProduct", description = "A high-risk product on the list.")
public record NewProduct(
        @NotBlank @Size(max = 200) @Schema(description = "the English name", examples = "Tomato seeds")
        String name,

        @Schema(
                description = "the name in the other official languages, for callers reading them",
                examples = "{\"fr\": \"Semences de tomate\", \"es\": \"Semillas de tomate\"}")
        Map<
                        @Pattern(
                                regexp = OTHER_LANGUAGES,
                                message = "must be ar, es, fr, ru or zh: name is the English name")
                        String,
                        @NotBlank @Size(max = 200) String>
                translatedNames,

        @NotBlank @Size(max = 4000) @Schema(examples = "Seeds of Solanum lycopersicum for sowing.")
        String description,

        @NotBlank @Schema(description = "a code of /v1/commodity-classes", examples = "seeds")
        String commodityClass,

        @Size(max = 30) List<@NotNull @Valid HsCode> hsCodes,

        @Size(max = 50) @Schema(description = "what the product is made of")
        List<@NotNull @Valid Taxon> taxa,

        @Size(max = 50) @Schema(description = "pests of concern")
        List<@NotNull @Valid Taxon> pests,

        @NotEmpty @Size(max = 500) @Schema(description = "names in listings, in several languages")
        List<@NotNull @Valid Term> searchTerms) {

    /** A list left out of the request is empty: clients need not send empty lists. */
    private static final String OTHER_LANGUAGES = "ar|es|fr|ru|zh";

    public NewProduct {
        translatedNames = translatedNames == null ? Map.of() : translatedNames;
        hsCodes = hsCodes == null ? List.of() : hsCodes;
        taxa = taxa == null ? List.of() : taxa;
        pests = pests == null ? List.of() : pests;
    }
}
