package org.ippc.ecommerce.registry.requirement;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "CountryRequirementPage",
        description = "One page of a country's requirements, in product order; pass `next` as `cursor`.")
public record CountryRequirementPage(
        String country,
        LocalDate date,
        List<CountryRequirement> items,
        @Schema(nullable = true) String next) {}
