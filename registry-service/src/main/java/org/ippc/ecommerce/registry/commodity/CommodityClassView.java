package org.ippc.ecommerce.registry.commodity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommodityClass", description = "A commodity class of high-risk products.")
public record CommodityClassView(
        @Schema(examples = "seeds") String code,
        @Schema(examples = "Semences") String name,
        String description,

        @Schema(
                description = "the language of name and description: the one asked for, or en where they have no"
                        + " translation yet",
                examples = "fr")
        String nameLanguage) {}
