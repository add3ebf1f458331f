package org.ippc.ecommerce.resources.coverage;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Coverage", description = "What the catalogue covers, next to what the network says is missing.")
public record CoverageView(
        @Schema(description = "the dimensions of the cells", examples = "[\"topic\", \"language\", \"region\"]")
        List<String> dimensions,

        @Schema(
                description = "every combination of the dimensions' codes, the empty ones included: the six official"
                        + " languages always, other languages where a resource is in them")
        List<CoverageCell> cells,

        @Schema(description = "false when network-service could not be asked; the gaps are then empty")
        boolean gapsAvailable,

        @Schema(description = "the network's gaps not yet filled (open or in progress)")
        List<GapCoverage> openGaps) {}
