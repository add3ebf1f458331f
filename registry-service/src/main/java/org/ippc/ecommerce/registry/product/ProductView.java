package org.ippc.ecommerce.registry.product;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Product", description = "A high-risk product.")
public record ProductView(
        long id,
        @Schema(description = "the English name") String name,

        @Schema(description = "the name in the other official languages that have one")
        Map<String, String> translatedNames,

        String description,
        String commodityClass,
        List<HsCode> hsCodes,
        List<Taxon> taxa,
        List<Taxon> pests,
        List<Term> searchTerms,

        @Schema(
                description = "listed, or retired: no longer matched by screening and requirement lookups",
                enumeration = {"listed", "retired"})
        String status,

        @Schema(nullable = true, description = "why it was retired or listed again")
        String statusReason,

        Instant createdAt) {

    static ProductView of(HighRiskProduct product) {
        return new ProductView(
                product.id,
                product.name,
                new TreeMap<>(product.translatedNames),
                product.description,
                product.commodityClass,
                List.copyOf(product.hsCodes),
                List.copyOf(product.taxa),
                List.copyOf(product.pests),
                product.terms.stream().map(t -> new Term(t.language, t.term)).toList(),
                product.status.code(),
                product.statusReason,
                product.createdAt);
    }
}
