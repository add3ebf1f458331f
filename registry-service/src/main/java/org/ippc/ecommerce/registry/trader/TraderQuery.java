package org.ippc.ecommerce.registry.trader;

import java.util.List;

/** Filters of the trader list; a null filter (or no seller keys) matches everything. */
public record TraderQuery(
        String country,
        TraderStatus status,
        String productClass,
        String platform,
        String storeId,
        List<String> sellerKeys,
        String text) {}
