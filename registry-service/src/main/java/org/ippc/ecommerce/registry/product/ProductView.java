package org.ippc.ecommerce.registry.product;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Product", description = "A high-risk product.")
public record ProductView(long id, String name, String description, String commodityClass, Instant createdAt) {

    static ProductView of(HighRiskProduct product) {
        return new ProductView(
                product.id, product.name, product.description, product.commodityClass, product.createdAt);
    }
}
