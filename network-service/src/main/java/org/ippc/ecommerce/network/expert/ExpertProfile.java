package org.ippc.ecommerce.network.expert;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.network.organization.OrganizationType;
import org.ippc.ecommerce.platform.CountryCode;
import org.ippc.ecommerce.platform.LanguageCode;

/**
 * What an expert's profile says, as it stands from now on: who they are, where they work, how to reach them, what
 * they know. Their consent, status, term and RPPOs change by their own calls.
 */
@Schema(name = "ExpertProfile")
public record ExpertProfile(
        @NotBlank @Size(max = 200) @Schema(examples = "Amina Njoroge")
        String name,

        @Size(max = 100) @Schema(examples = "Dr") String title,

        @Size(max = 200) @Schema(examples = "Head of import inspection")
        String position,

        @NotBlank @Email @Size(max = 320) @Schema(examples = "a.njoroge@kephis.example")
        String email,

        @Size(max = 50) String phone,

        @NotBlank @Size(max = 300) @Schema(examples = "KEPHIS")
        String organizationName,

        @NotNull OrganizationType organizationType,
        @NotNull @CountryCode @Schema(examples = "KE") String countryCode,

        @NotEmpty @Size(max = 20) @Schema(examples = "[\"en\", \"sw\"]")
        List<@NotNull @LanguageCode String> languages,

        @NotEmpty @Size(max = 10) @Schema(examples = "[\"inspection\", \"postal-courier\"]")
        List<@NotBlank @Size(max = 32) String> expertise,

        @NotBlank @Size(max = 4000) String summary,

        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        String cvUrl,

        @Size(max = 4000) String declarationOfInterests) {}
