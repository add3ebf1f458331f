package org.ippc.ecommerce.registry.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.ippc.ecommerce.registry.commodity.CommodityClassRepository;
import org.ippc.ecommerce.registry.platform.Caller;
import org.ippc.ecommerce.registry.platform.Problems;

@ApplicationScoped
public class ProductService {
    private final ProductRepository products;
    private final CommodityClassRepository commodityClasses;
    private final Caller caller;
    private final Clock clock;

    ProductService(ProductRepository products, CommodityClassRepository commodityClasses, Caller caller, Clock clock) {
        this.products = products;
        this.commodityClasses = commodityClasses;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public ProductView create(NewProduct request) {
        requireKnownCommodityClass(request.commodityClass());
        String name = request.name().strip();
        products.findByName(name).ifPresent(existing -> {
            throw Problems.conflict(
                    "The product '%s' is already on the list as %d.".formatted(existing.name, existing.id));
        });
        HighRiskProduct product = new HighRiskProduct();
        product.name = name;
        product.description = request.description().strip();
        product.commodityClass = request.commodityClass();
        product.createdAt = Instant.now(clock);
        product.createdBy = caller.name();
        products.persist(product);
        return ProductView.of(product);
    }

    public ProductView get(long id) {
        return products.findByIdOptional(id)
                .map(ProductView::of)
                .orElseThrow(() -> Problems.notFound("There is no high-risk product " + id + "."));
    }

    public void requireKnownCommodityClass(String code) {
        if (!commodityClasses.exists(code)) {
            throw Problems.badRequest(
                    "Unknown commodity class '%s'; see /v1/commodity-classes for the list.".formatted(code));
        }
    }
}
