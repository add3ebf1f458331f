package org.ippc.ecommerce.resources.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FacetCount", description = "How many resources match with this value of a filter.")
public record FacetCount(
        @Schema(examples = "video") String value,
        @Schema(examples = "12") long count) {}
