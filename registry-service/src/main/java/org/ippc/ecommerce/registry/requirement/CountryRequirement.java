package org.ippc.ecommerce.registry.requirement;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.registry.product.HighRiskProduct;
import org.ippc.ecommerce.registry.product.HsCode;

@Schema(name = "CountryRequirement", description = "A product on the list and the country's requirement for it.")
public record CountryRequirement(
        long productId, String productName, String commodityClass, List<HsCode> hsCodes, RequirementView requirement) {

    static CountryRequirement of(ImportRequirement requirement, HighRiskProduct product) {
        return new CountryRequirement(
                product.id,
                product.name,
                product.commodityClass,
                List.copyOf(product.hsCodes),
                RequirementView.of(requirement));
    }
}
