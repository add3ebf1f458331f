package org.ippc.ecommerce.registry.trader;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TraderPage", description = "One page of traders; pass `next` as `cursor` for the next one.")
public record TraderPage(
        List<TraderView> items, @Schema(nullable = true) String next) {}
