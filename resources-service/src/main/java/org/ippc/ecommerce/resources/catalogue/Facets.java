package org.ippc.ecommerce.resources.catalogue;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Facets",
        description = "For each filter, the values that would find resources, counted with all the other filters"
                + " applied (so the page can show \"Video (12)\"); most frequent first.")
public record Facets(
        List<FacetCount> types,
        List<FacetCount> languages,
        List<FacetCount> topics,
        List<FacetCount> commodityClasses,
        List<FacetCount> regions,
        List<FacetCount> countries,
        List<FacetCount> providerTypes,
        List<FacetCount> years) {}
