package org.ippc.ecommerce.registry.requirement;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Requirement", description = "A country's import requirement for a product over a period.")
public record RequirementView(
        long id,
        long productId,
        String countryCode,
        String status,
        String legalBasis,

        @Schema(nullable = true, description = "the legal text")
        String url,

        LocalDate effectiveFrom,
        @Schema(nullable = true) LocalDate effectiveTo,

        @Schema(description = "the countries of origin it applies to; empty: every origin")
        List<String> origins,

        @Schema(description = "the conditions of entry in words, by language")
        Map<String, String> conditions,

        @Schema(description = "the documents a consignment must travel with")
        List<String> documents,

        List<Exemption> exemptions) {

    public static RequirementView of(ImportRequirement r) {
        return new RequirementView(
                r.id,
                r.productId,
                r.countryCode,
                r.status.code(),
                r.legalBasis,
                r.url,
                r.effectiveFrom,
                r.effectiveTo,
                List.copyOf(r.origins),
                Collections.unmodifiableMap(new TreeMap<>(r.conditions)),
                List.copyOf(r.documents),
                List.copyOf(r.exemptions));
    }
}
