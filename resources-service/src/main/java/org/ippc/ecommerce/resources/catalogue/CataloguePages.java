package org.ippc.ecommerce.resources.catalogue;

import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Catalogue pages kept per catalogue revision: the same query at the same revision has the same answer,
 * and a change to what the public sees moves the revision, so a kept page is never stale. The landing
 * page's visitors ask the same few searches over and over; each costs the database once per revision.
 */
@ApplicationScoped
public class CataloguePages {
    private final Catalogue catalogue;

    CataloguePages(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The page, from the catalogue at {@code revision} or later; {@code query} is the request's query string. */
    @CacheResult(cacheName = "catalogue-pages")
    public CataloguePage page(
            @CacheKey long revision,
            @CacheKey String query,
            CatalogueFilters filters,
            String sort,
            String cursor,
            int limit) {
        return catalogue.search(filters, sort, cursor, limit);
    }
}
