package org.ippc.ecommerce.registry.commodity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CommodityClassService {
    private final CommodityClassRepository commodityClasses;

    CommodityClassService(CommodityClassRepository commodityClasses) {
        this.commodityClasses = commodityClasses;
    }

    public List<CommodityClassView> inOrder() {
        return commodityClasses.listInOrder().stream()
                .map(CommodityClassView::of)
                .toList();
    }
}
