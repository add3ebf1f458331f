package org.ippc.ecommerce.registry.product;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductPage", description = "One page of products; pass `next` as `cursor` for the next one.")
public record ProductPage(
        List<ProductView> items, @Schema(nullable = true) String next) {}
