package org.ippc.ecommerce.resources.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.LanguageCode;
import org.ippc.ecommerce.platform.OfficialLanguage;
import org.ippc.ecommerce.resources.vocabulary.InVocabulary;
import org.ippc.ecommerce.resources.vocabulary.Kind;

@Schema(name = "NewCall", description = "A call for existing technical resources, as the Secretariat opens it.")
public record NewCall(
        @NotEmpty
        @Size(max = 6)
        @Schema(
                description = "official language to title; en is required, the others are shown where given",
                examples = "{\"en\": \"Resources on seed parcels\", \"fr\": \"Ressources sur les colis de semences\"}")
        Map<@NotNull @OfficialLanguage String, @NotBlank @Size(max = 300) String> titles,

        @NotEmpty @Size(max = 6) @Schema(description = "official language to the call's text; en is required")
        Map<@NotNull @OfficialLanguage String, @NotBlank @Size(max = 8000) String> texts,

        @NotEmpty @Size(max = 10) @Schema(description = "topic codes sought", examples = "[\"postal-courier\"]")
        List<@NotNull @InVocabulary(Kind.TOPIC) String> topics,

        @Size(max = 30) @Schema(description = "languages sought (ISO 639-1); none: any", examples = "[\"ar\"]")
        List<@NotNull @LanguageCode String> languages,

        @NotEmpty @Size(max = 11) @Schema(description = "region codes sought", examples = "[\"global\"]")
        List<@NotNull @InVocabulary(Kind.REGION) String> regions,

        @Size(max = 9) @Schema(description = "commodity-class codes sought; none: any", examples = "[\"seeds\"]")
        List<@NotNull @InVocabulary(Kind.COMMODITY_CLASS) String> commodityClasses,

        @NotNull @Schema(description = "the last day submissions are taken (inclusive)", examples = "2027-03-31")
        LocalDate deadline) {

    /** A list left out of the request is empty: clients need not send empty lists. */
    public NewCall {
        languages = languages == null ? List.of() : languages;
        commodityClasses = commodityClasses == null ? List.of() : commodityClasses;
    }
}
