package org.ippc.ecommerce.registry.guidance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "GuidanceLink",
        description =
                "A technical resource published in the IPPC catalogue on the commodity class of a matched product.")
public record GuidanceLink(
        @Schema(description = "its id in resources-service's catalogue")
        long resourceId,

        @Schema(examples = "seeds") String commodityClass,

        @Schema(description = "in English where there is one")
        String title,

        @Schema(examples = "factsheet-infographic") String type,

        @Schema(examples = "https://www.ippc.int/en/publications/example/")
        String url) {}
