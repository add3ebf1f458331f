package org.ippc.ecommerce.network.initiative;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InitiativePage", description = "One page of initiatives; pass `next` as `cursor` for the next one.")
public record InitiativePage(
        List<InitiativeView> items, @Schema(nullable = true) String next) {}
