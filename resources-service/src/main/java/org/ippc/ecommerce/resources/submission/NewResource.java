package org.ippc.ecommerce.resources.submission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.CountryCode;
import org.ippc.ecommerce.platform.LanguageCode;
import org.ippc.ecommerce.platform.OfficialLanguage;
import org.ippc.ecommerce.platform.WebUrl;
import org.ippc.ecommerce.resources.vocabulary.InVocabulary;
import org.ippc.ecommerce.resources.vocabulary.Kind;

@Schema(
        name = "NewResource",
        description = "A technical resource as its contributor describes it; a revision (PUT) replaces it whole.")
public record NewResource(
        @NotEmpty
        @Size(max = 12)
        @Schema(description = "language (ISO 639-1) to title", examples = "{\"en\": \"Buying seeds online\"}")
        Map<@NotNull @LanguageCode String, @NotBlank @Size(max = 300) String> titles,

        @NotEmpty @Size(max = 12) @Schema(description = "language (ISO 639-1) to summary")
        Map<@NotNull @LanguageCode String, @NotBlank @Size(max = 4000) String> summaries,

        @NotNull @InVocabulary(Kind.RESOURCE_TYPE) @Schema(description = "a resource-type code", examples = "guide")
        String type,

        @NotEmpty
        @Size(max = 30)
        @Schema(description = "languages the resource is available in (ISO 639-1)", examples = "[\"en\", \"fr\"]")
        List<@NotNull @LanguageCode String> languages,

        @NotEmpty @Size(max = 10) @Schema(description = "topic codes", examples = "[\"postal-courier\"]")
        List<@NotNull @InVocabulary(Kind.TOPIC) String> topics,

        @Size(max = 9) @Schema(description = "commodity-class codes", examples = "[\"seeds\"]")
        List<@NotNull @InVocabulary(Kind.COMMODITY_CLASS) String> commodityClasses,

        @NotEmpty @Size(max = 11) @Schema(description = "region codes", examples = "[\"global\"]")
        List<@NotNull @InVocabulary(Kind.REGION) String> regions,

        @Size(max = 100) @Schema(description = "countries it is about (ISO 3166-1 alpha-2)", examples = "[\"KE\"]")
        List<@NotNull @CountryCode String> countries,

        @NotNull @Valid Provider provider,

        @Size(max = 300) @Schema(nullable = true) String author,

        @NotBlank
        @Email
        @Size(max = 320)
        @Schema(description = "restricted: seen by the contributor and the Secretariat only")
        String contactEmail,

        @OfficialLanguage
        @Schema(
                description = "the language notifications to the contact are written in; en when absent",
                examples = "fr")
        String contactLanguage,

        @NotNull @Min(1950) @Max(2100) @Schema(examples = "2024")
        Integer publicationYear,

        @NotEmpty @Size(max = 10) @Schema(examples = "[\"https://www.ippc.int/en/publications/example/\"]")
        List<@NotNull @Size(max = 2000) @WebUrl String> urls,

        @Positive @Schema(nullable = true, description = "the network-service gap the resource fills")
        Long gapId,

        @Positive @Schema(nullable = true, description = "the open call (/v1/calls) the resource answers")
        Long callId,

        @NotNull @Schema(description = "consent of the contributor to publish the resource publicly")
        Boolean consentToPublish) {

    /** A list left out of the request is empty: clients need not send empty lists. */
    public NewResource {
        commodityClasses = commodityClasses == null ? List.of() : commodityClasses;
        countries = countries == null ? List.of() : countries;
    }
}
