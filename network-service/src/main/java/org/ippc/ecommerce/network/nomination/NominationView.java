package org.ippc.ecommerce.network.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A nomination as its RPPO and the Secretariat see it (nobody else sees nominations). */
@Schema(name = "Nomination")
public record NominationView(
        long id,
        @Schema(examples = "IAPSC") String rppo,
        String nominatedBy,
        Instant nominatedAt,
        @Schema(nullable = true) String justification,
        String name,
        @Schema(nullable = true) String title,
        @Schema(nullable = true) String position,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String phone,
        String organizationName,
        String organizationType,
        String countryCode,
        List<String> languages,
        List<String> expertise,
        @Schema(nullable = true) String summary,
        @Schema(nullable = true) String cvUrl,
        @Schema(nullable = true) String declarationOfInterests,
        boolean commitmentSignedByCandidate,
        boolean commitmentSignedByEmployer,
        @Schema(nullable = true) String commitmentDocumentUrl,
        boolean publicListingConsent,
        boolean contactConsent,
        Instant consentGivenAt,

        @Schema(enumeration = {"nominated", "accepted", "declined"})
        String status,

        @Schema(nullable = true) String decidedBy,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(nullable = true) String declineReason,
        @Schema(nullable = true) LocalDate termStart,
        @Schema(nullable = true) LocalDate termEnd,
        @Schema(nullable = true) Long expertId) {

    static NominationView of(Nomination n) {
        return new NominationView(
                n.id,
                n.rppoAcronym,
                n.nominatedBy,
                n.nominatedAt,
                n.justification,
                n.candidateName,
                n.candidateTitle,
                n.candidatePosition,
                n.candidateEmail,
                n.candidatePhone,
                n.organizationName,
                n.organizationType,
                n.countryCode,
                n.languages,
                n.expertise,
                n.summary,
                n.cvUrl,
                n.declarationOfInterests,
                n.commitmentSignedByCandidate,
                n.commitmentSignedByEmployer,
                n.commitmentDocumentUrl,
                n.publicListingConsent,
                n.contactConsent,
                n.consentGivenAt,
                n.status.code(),
                n.decidedBy,
                n.decidedAt,
                n.declineReason,
                n.termStart,
                n.termEnd,
                n.expertId);
    }
}
