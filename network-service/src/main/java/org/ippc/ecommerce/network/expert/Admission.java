package org.ippc.ecommerce.network.expert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A candidate the Secretariat accepted, as the nomination describes them, and the term it gives them. */
public record Admission(
        long nominationId,
        String rppo,
        String email,
        String name,
        String title,
        String position,
        String organizationName,
        String organizationType,
        String countryCode,
        String phone,
        List<String> languages,
        List<String> expertise,
        String summary,
        String cvUrl,
        String declarationOfInterests,
        boolean publicListingConsent,
        boolean contactConsent,
        Instant consentAt,
        LocalDate termStart,
        LocalDate termEnd) {}
