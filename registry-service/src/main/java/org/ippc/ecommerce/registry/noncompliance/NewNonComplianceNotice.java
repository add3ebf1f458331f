package org.ippc.ecommerce.registry.noncompliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notice of the NPPO of the token's country; the body never names the country. */
@Schema(name = "NewNonComplianceNotice")
public record NewNonComplianceNotice(
        @NotNull @PastOrPresent @Schema(description = "the day the consignment was found", examples = "2026-11-20")
        LocalDate observedOn,

        // Enums, not patterns: a value outside them stops Jackson at once, where a pattern on each element of a list of
        // 100,000 would make as many violations.
        @NotEmpty @Size(max = 6) @Schema(examples = "[\"undeclared-goods\", \"pest-detected\"]")
        List<@NotNull NonComplianceReason> reasons,

        @NotNull @Schema(description = "what the NPPO did with the consignment")
        ConsignmentAction action,

        @NotBlank
        @Size(max = 1000)
        @Schema(
                description = "what was found",
                examples = "About 200 tomato seeds in a padded envelope declared as a greeting card")
        String goods,

        @Size(max = 20) @Schema(description = "pests found, by name or EPPO code", examples = "[\"TOBRFV\"]")
        List<@NotBlank @Size(max = 200) String> pests,

        @Size(max = 200) @Schema(description = "the parcel's or consignment's number")
        String consignmentReference,

        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        @Schema(description = "the listing the goods were bought from")
        String listingUrl,

        @Size(max = 4000) String note) {}
