package org.ippc.ecommerce.network.nomination;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NominationPage", description = "One page of nominations; pass `next` as `cursor` for the next one.")
public record NominationPage(
        List<NominationView> items, @Schema(nullable = true) String next) {}
