package org.ippc.ecommerce.resources.coverage;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "CoverageCell",
        description = "One cell of the chosen dimensions: the resources published in it and the gaps that lack it."
                + " A dimension not chosen is null.")
public record CoverageCell(
        @Schema(examples = "postal-courier") String topic,
        @Schema(examples = "ar") String language,
        @Schema(examples = "NEPPO") String region,
        @Schema(examples = "seeds") String commodityClass,
        long published,

        @Schema(description = "ids of the unfilled network gaps that fall in this cell")
        List<Long> gaps) {}
