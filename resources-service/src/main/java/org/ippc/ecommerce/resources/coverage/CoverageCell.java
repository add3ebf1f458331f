package org.ippc.ecommerce.resources.coverage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CoverageCell", description = "Published resources on a topic, in a language, for a region.")
public record CoverageCell(
        @Schema(examples = "postal-courier") String topic,
        @Schema(examples = "ar") String language,
        @Schema(examples = "NEPPO") String region,
        long published) {}
