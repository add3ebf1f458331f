package org.ippc.ecommerce.registry.trader;

import java.util.List;
import java.util.Set;

/**
 * Filters of the trader list; a null filter (or no seller keys) matches everything. {@code withinCountries} is not
 * asked for but applied: the countries whose traders the caller may read, when not every country.
 */
public record TraderQuery(
        String country,
        TraderStatus status,
        String productClass,
        String platform,
        String storeId,
        List<String> sellerKeys,
        String text,
        Set<String> withinCountries) {

    TraderQuery within(Set<String> countries) {
        return new TraderQuery(country, status, productClass, platform, storeId, sellerKeys, text, countries);
    }
}
