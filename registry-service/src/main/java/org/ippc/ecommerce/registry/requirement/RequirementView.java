package org.ippc.ecommerce.registry.requirement;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Requirement", description = "A country's import requirement for a product over a period.")
public record RequirementView(
        long id,
        long productId,
        String countryCode,
        String status,
        String legalBasis,
        @Schema(nullable = true) String url,
        LocalDate effectiveFrom,
        @Schema(nullable = true) LocalDate effectiveTo) {

    public static RequirementView of(ImportRequirement r) {
        return new RequirementView(
                r.id, r.productId, r.countryCode, r.status.code(), r.legalBasis, r.url, r.effectiveFrom, r.effectiveTo);
    }
}
