package org.ippc.ecommerce.network.gap;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GapPage", description = "One page of gaps; pass `next` as `cursor` for the next one.")
public record GapPage(
        List<GapView> items, @Schema(nullable = true) String next) {}
