package org.ippc.ecommerce.resources.coverage;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Coverage", description = "What the catalogue covers, next to what the network says is missing.")
public record CoverageView(
        @Schema(description = "published resources by topic, language and region; absent cells have none")
        List<CoverageCell> cells,

        @Schema(description = "false when network-service could not be asked; openGaps is then empty")
        boolean gapsAvailable,

        List<GapCoverage> openGaps) {}
