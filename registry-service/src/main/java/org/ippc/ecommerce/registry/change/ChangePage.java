package org.ippc.ecommerce.registry.change;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage")
public record ChangePage(
        List<ChangeView> items,

        @Schema(description = "the cursor to ask with next time: the last position read (the same when none)")
        long next) {}
