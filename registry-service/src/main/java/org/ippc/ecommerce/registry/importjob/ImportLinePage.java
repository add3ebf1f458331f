package org.ippc.ecommerce.registry.importjob;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.registry.trader.TraderImport;

@Schema(
        name = "ImportLinePage",
        description =
                "The outcome of lines of an import job, in file order; pass `next` as `cursor` for the next page.")
public record ImportLinePage(
        List<TraderImport.Line> items,
        @Schema(nullable = true) String next) {}
