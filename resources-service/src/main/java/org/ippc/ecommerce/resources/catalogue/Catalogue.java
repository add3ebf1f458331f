package org.ippc.ecommerce.resources.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.resources.submission.ContributedResource;
import org.ippc.ecommerce.resources.submission.ResourceStatus;
import org.ippc.ecommerce.resources.submission.SearchTokens;

/** The public catalogue: what is published, searched, counted by facet, and exported. */
@ApplicationScoped
public class Catalogue {
    private static final int EXPORT_CHUNK = 500;

    private final CatalogueRepository repository;
    private final CatalogueWords words;
    private final EntityManager entities;

    Catalogue(CatalogueRepository repository, CatalogueWords words, EntityManager entities) {
        this.repository = repository;
        this.words = words;
        this.entities = entities;
    }

    public CataloguePage search(CatalogueFilters filters, String sortCode, String cursor, int limit) {
        String text = words.tsQuery(filters.text);
        CatalogueSort sort = CatalogueSort.of(sortCode, !text.isEmpty());
        List<CatalogueRepository.Row> page =
                repository.page(filters, text, sort, CatalogueCursor.decode(cursor, sort), limit + 1);
        String next = null;
        if (page.size() > limit) {
            CatalogueRepository.Row last = page.get(limit - 1);
            next = new CatalogueCursor(sort.code(), last.key(), last.resource().id()).encode();
            page = page.subList(0, limit);
        }
        CatalogueRepository.Counts counts = repository.counts(filters, text);
        return new CataloguePage(
                page.stream().map(CatalogueRepository.Row::resource).toList(),
                next,
                counts.total(),
                facets(counts.facets()));
    }

    /** Rejects a cursor not issued for this search's order (a 400), before the caller considers a 304. */
    public void requireValidCursor(CatalogueFilters filters, String sortCode, String cursor) {
        if (cursor != null) { // first pages, most of the landing page's asks, skip working out the order
            CatalogueCursor.decode(cursor, CatalogueSort.of(sortCode, hasText(filters)));
        }
    }

    public PublishedResourceView published(long id) {
        ContributedResource resource = entities.find(ContributedResource.class, id);
        if (resource == null || resource.status != ResourceStatus.PUBLISHED) {
            throw Problems.notFound("No published resource has id " + id + ".");
        }
        return PublishedResourceView.of(resource);
    }

    /** Every published resource matching the filters, newest first, read a chunk at a time. */
    public void forEach(CatalogueFilters filters, Consumer<PublishedResourceView> action) {
        String text = words.tsQuery(filters.text);
        CatalogueCursor after = null;
        List<CatalogueRepository.Row> page;
        do {
            page = repository.page(filters, text, CatalogueSort.POSTED, after, EXPORT_CHUNK);
            page.stream().map(CatalogueRepository.Row::resource).forEach(action);
            if (!page.isEmpty()) {
                CatalogueRepository.Row last = page.getLast();
                after = new CatalogueCursor(
                        CatalogueSort.POSTED.code(), last.key(), last.resource().id());
            }
        } while (page.size() == EXPORT_CHUNK);
    }

    private static Facets facets(Map<Facet, List<FacetCount>> counts) {
        return new Facets(
                counts.get(Facet.TYPE),
                counts.get(Facet.LANGUAGE),
                counts.get(Facet.TOPIC),
                counts.get(Facet.COMMODITY_CLASS),
                counts.get(Facet.REGION),
                counts.get(Facet.COUNTRY),
                counts.get(Facet.PROVIDER_TYPE),
                counts.get(Facet.YEAR));
    }

    /** Text with no searchable word in it (punctuation alone, say) searches nothing and ranks nothing. */
    private static boolean hasText(CatalogueFilters filters) {
        return filters.text != null && !SearchTokens.query(filters.text).isEmpty();
    }
}
