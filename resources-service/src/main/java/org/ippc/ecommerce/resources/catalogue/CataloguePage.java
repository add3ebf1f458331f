package org.ippc.ecommerce.resources.catalogue;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CataloguePage")
public record CataloguePage(
        List<PublishedResourceView> items,

        @Schema(nullable = true, description = "cursor of the next page; null on the last")
        String next,

        @Schema(description = "resources matching the query, on all pages")
        long total,

        Facets facets) {}
