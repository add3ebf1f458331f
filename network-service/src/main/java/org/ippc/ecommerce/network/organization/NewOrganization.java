package org.ippc.ecommerce.network.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.CountryCode;

@Schema(name = "NewOrganization", description = "An organization to record.")
public record NewOrganization(
        @NotBlank @Size(max = 300) @Schema(examples = "Plant Protection Service of the Netherlands")
        String name,

        @NotNull OrganizationType type,

        @CountryCode @Schema(description = "ISO 3166-1 alpha-2; none for international organizations", examples = "NL")
        String countryCode,

        @Size(max = 500)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        @Schema(examples = "https://www.nvwa.nl")
        String website) {}
