package org.ippc.ecommerce.registry.requirement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A requirement of the NPPO's country (the token's), from a date. */
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

        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        String url,

        @NotNull @Schema(description = "inclusive") LocalDate effectiveFrom,

        @Schema(description = "exclusive; open-ended when absent")
        LocalDate effectiveTo) {}
