package org.ippc.ecommerce.network.nomination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.network.organization.OrganizationType;
import org.ippc.ecommerce.platform.CountryCode;
import org.ippc.ecommerce.platform.LanguageCode;

/** A candidate nominated by the RPPO of the token; the body never names the RPPO. */
@Schema(name = "NewNomination")
public record NewNomination(
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

        @Size(max = 4000) String declarationOfInterests,
        @Size(max = 4000) String justification,
        @NotNull @Valid StatementOfCommitment statementOfCommitment,
        @NotNull @Valid Consent consent) {

    @Schema(name = "StatementOfCommitment", description = "Signed by the candidate and their employer.")
    public record StatementOfCommitment(
            @NotNull @AssertTrue(message = "the candidate must sign the statement of commitment")
            Boolean signedByCandidate,

            @NotNull @AssertTrue(message = "the employer must sign the statement of commitment")
            Boolean signedByEmployer,

            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
            String documentUrl) {}

    @Schema(name = "Consent", description = "The candidate's consent, with when it was given.")
    public record Consent(
            @NotNull @PastOrPresent Instant givenAt,

            @NotNull @Schema(description = "to be listed in the public directory")
            Boolean publicListing,

            @NotNull @Schema(description = "to be contacted, e.g. to review resources")
            Boolean contact) {}
}
