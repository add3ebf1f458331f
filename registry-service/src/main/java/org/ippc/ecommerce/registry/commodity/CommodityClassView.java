package org.ippc.ecommerce.registry.commodity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommodityClass", description = "A commodity class of high-risk products.")
public record CommodityClassView(
        @Schema(examples = "seeds") String code,
        @Schema(examples = "Seeds") String name,
        String description) {

    static CommodityClassView of(CommodityClass commodityClass) {
        return new CommodityClassView(commodityClass.code, commodityClass.name, commodityClass.description);
    }
}
