package org.ippc.ecommerce.network.expert;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An expert. The public sees the public fields only: the restricted ones are left out of the JSON
 * altogether, and are filled only for the expert themself, the Secretariat and the RPPOs that nominated the expert.
 */
@Schema(
        name = "Expert",
        description = "A member of the e-commerce expert network. Fields marked restricted appear"
                + " only for the expert themself, the Secretariat and the nominating RPPOs.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpertView(
        long id,
        String name,
        @Schema(nullable = true) String title,
        String organizationName,
        String organizationType,
        @Schema(examples = "KE") String countryCode,
        Set<String> rppos,
        List<String> expertise,
        List<String> languages,
        @Schema(nullable = true) String summary,
        @Schema(description = "restricted", nullable = true) String email,
        @Schema(description = "restricted", nullable = true) String phone,
        @Schema(description = "restricted", nullable = true) String position,
        @Schema(description = "restricted", nullable = true) String cvUrl,
        @Schema(description = "restricted", nullable = true) String declarationOfInterests,
        @Schema(description = "restricted", nullable = true) Boolean publicListingConsent,
        @Schema(description = "restricted", nullable = true) Boolean contactConsent,
        @Schema(description = "restricted", nullable = true) Instant consentAt,

        @Schema(
                description = "restricted",
                nullable = true,
                enumeration = {"active", "inactive", "withdrawn"})
        String status,

        @Schema(description = "restricted", nullable = true) LocalDate termStart,
        @Schema(description = "restricted", nullable = true) LocalDate termEnd,
        @Schema(description = "restricted", nullable = true) Instant erasedAt,

        @Schema(description = "restricted; who proposed an expert the Secretariat appointed directly", nullable = true)
        String proposedBy) {

    static ExpertView publicOf(Expert expert) {
        return new ExpertView(
                expert.id,
                expert.name,
                expert.title,
                expert.organizationName,
                expert.organizationType,
                expert.countryCode,
                Set.copyOf(expert.rppos),
                expert.expertise,
                expert.languages,
                expert.summary,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static ExpertView restrictedOf(Expert expert) {
        return new ExpertView(
                expert.id,
                expert.name,
                expert.title,
                expert.organizationName,
                expert.organizationType,
                expert.countryCode,
                Set.copyOf(expert.rppos),
                expert.expertise,
                expert.languages,
                expert.summary,
                expert.email,
                expert.phone,
                expert.position,
                expert.cvUrl,
                expert.declarationOfInterests,
                expert.publicListingConsent,
                expert.contactConsent,
                expert.consentAt,
                expert.status.code(),
                expert.termStart,
                expert.termEnd,
                expert.erasedAt,
                expert.proposedBy);
    }
}
