package org.ippc.ecommerce.registry.requirement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.CountryCode;
import org.ippc.ecommerce.platform.OfficialLanguage;

/** A requirement of the NPPO's country (the token's), from a date, for every origin or for some. */
@Schema(name = "NewRequirement")
public record NewRequirement(
        @NotNull
        @Pattern(
                regexp = "prohibited|prohibited-pending-pra|permit-required|phytosanitary-certificate-required"
                        + "|conditions-apply|no-requirement")
        @Schema(
                enumeration = {
                    "prohibited",
                    "prohibited-pending-pra",
                    "permit-required",
                    "phytosanitary-certificate-required",
                    "conditions-apply",
                    "no-requirement"
                })
        String status,

        @NotBlank @Size(max = 1000) @Schema(examples = "Regulation (EU) 2019/2072, Annex VI")
        String legalBasis,

        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        @Schema(description = "the legal text")
        String url,

        @NotNull @Schema(description = "inclusive") LocalDate effectiveFrom,

        @Schema(description = "exclusive; open-ended when absent")
        LocalDate effectiveTo,

        @Size(max = 250)
        @Schema(
                description = "the countries of origin it applies to; none: every origin. For an origin it names, it"
                        + " takes precedence over the requirement for every origin",
                examples = "[\"CN\", \"IN\"]")
        List<@NotNull @CountryCode String> origins,

        @Size(max = 6)
        @Schema(
                description = "the conditions of entry in words, by language",
                examples = "{\"en\": \"Seeds must be free from soil and plant debris\"}")
        Map<@NotNull @OfficialLanguage String, @NotBlank @Size(max = 4000) String> conditions,

        @Size(max = 10) @Schema(description = "the documents a consignment must travel with")
        List<@NotNull @Pattern(regexp = RequiredDocuments.CODES) String> documents,

        @Size(max = 10) List<@NotNull @Valid Exemption> exemptions) {

    /** A list or map left out of the request is empty. */
    public NewRequirement {
        origins = origins == null ? List.of() : origins;
        conditions = conditions == null ? Map.of() : conditions;
        documents = documents == null ? List.of() : documents;
        exemptions = exemptions == null ? List.of() : exemptions;
    }
}
