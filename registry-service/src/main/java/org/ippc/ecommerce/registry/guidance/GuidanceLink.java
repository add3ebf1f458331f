package org.ippc.ecommerce.registry.guidance;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "GuidanceLink",
        description = "A technical resource published in the IPPC catalogue on the commodity class of a matched"
                + " product, in the destination country's language where the catalogue has one.")
public record GuidanceLink(
        @Schema(description = "its id in resources-service's catalogue")
        long resourceId,

        @Schema(examples = "seeds") String commodityClass,

        @Schema(description = "in the language named by `language`")
        String title,

        @Schema(
                description = "the language of the title: the destination's where the resource has a title in it,"
                        + " else English, else the first it has (ISO 639-1)",
                examples = "es")
        String language,

        @Schema(description = "the languages the resource is available in (ISO 639-1)")
        List<String> languages,

        @Schema(examples = "factsheet-infographic") String type,

        @Schema(examples = "https://www.ippc.int/en/publications/example/")
        String url) {}
