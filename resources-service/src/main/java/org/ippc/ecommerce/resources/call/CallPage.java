package org.ippc.ecommerce.resources.call;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CallPage")
public record CallPage(
        List<CallView> items,

        @Schema(nullable = true, description = "cursor of the next page; absent on the last")
        String next) {}
