package org.ippc.ecommerce.network.expert;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether an expert may act in a role now, and if not, why: the contract resources-service relies on. */
@Schema(name = "Eligibility")
public record Eligibility(
        long expertId,
        @Schema(enumeration = "reviewer") String role,
        boolean eligible,

        @Schema(
                description = "empty when eligible",
                enumeration = {"not-active", "no-consent-to-contact", "term-not-current", "erased"})
        List<String> reasons) {}
