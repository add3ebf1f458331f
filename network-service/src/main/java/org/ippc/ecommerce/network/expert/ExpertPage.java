package org.ippc.ecommerce.network.expert;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpertPage", description = "One page of the directory; pass `next` as `cursor` for the next one.")
public record ExpertPage(
        List<ExpertView> items, @Schema(nullable = true) String next) {}
