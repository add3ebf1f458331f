package org.ippc.ecommerce.registry.screening;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.registry.requirement.RequirementView;

@Schema(name = "RequirementLookupProduct")
public record RequirementLookupProduct(
        long productId,

        @Schema(description = "in the language asked for where the product has a name in it")
        String name,

        @Schema(description = "the language of name", examples = "fr")
        String nameLanguage,

        String commodityClass,

        @Schema(description = "the terms and HS code that found the product")
        List<String> matchedBy,

        @Schema(nullable = true, description = "none recorded when absent")
        RequirementView requirement) {}
