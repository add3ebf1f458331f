package org.ippc.ecommerce.resources.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.ippc.ecommerce.resources.submission.ContributedResource;
import org.ippc.ecommerce.resources.submission.SearchTokens;

/** The queries of the public catalogue: published resources only, filtered, ordered, counted. */
@ApplicationScoped
public class CatalogueRepository {
    private static final int MAX_FACET_VALUES = 300;

    private final Session session;

    CatalogueRepository(Session session) {
        this.session = session;
    }

    /** The conditions of a query: SQL with named parameters, and their values. */
    private record Where(String sql, Map<String, Object> parameters) {
        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }

    /** One page in the given order, after the cursor; {@code limit} rows at most. */
    List<Keyed> page(CatalogueFilters filters, CatalogueSort sort, CatalogueCursor after, int limit) {
        Where where = where(filters, null);
        String key = sort.key();
        StringBuilder sql = new StringBuilder("select id, cast(")
                .append(key)
                .append(" as text) from contributed_resource where ")
                .append(where.sql());
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        if (after != null) {
            sql.append(" and (")
                    .append(key)
                    .append(", id) < (cast(:afterKey as ")
                    .append(sort.keyType())
                    .append("), :afterId)");
            parameters.put("afterKey", after.key());
            parameters.put("afterId", after.id());
        }
        sql.append(" order by ").append(key).append(" desc, id desc limit ").append(limit);
        var query = session.createNativeQuery(sql.toString(), Keyed.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** A row of a page: its id and sort key, for the next cursor. */
    record Keyed(long id, String key) {}

    /** The resources of a page, in the page's order. */
    List<ContributedResource> load(List<Keyed> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, ContributedResource> byId = session.createQuery(
                        "from ContributedResource where id in :ids", ContributedResource.class)
                .setParameter("ids", page.stream().map(Keyed::id).toList())
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()
                .collect(Collectors.toMap(resource -> resource.id, Function.identity()));
        return page.stream().map(keyed -> byId.get(keyed.id())).toList();
    }

    long count(CatalogueFilters filters) {
        Where where = where(filters, null);
        var query =
                session.createNativeQuery("select count(*) from contributed_resource where " + where.sql(), Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    /** The values of a facet, counted with every filter but the facet's own. */
    List<FacetCount> facet(CatalogueFilters filters, Facet facet) {
        Where where = where(filters, facet);
        var query = session.createNativeQuery(
                "select value, count(*) from (select " + facet.countedValue()
                        + " as value from contributed_resource where " + where.sql() + ") counted"
                        + " group by value order by count(*) desc, value limit " + MAX_FACET_VALUES,
                FacetCount.class);
        where.bind(query);
        return query.getResultList();
    }

    long revision() {
        return session.createNativeQuery("select revision from catalogue_revision where id = 1", Long.class)
                .getSingleResult();
    }

    private static Where where(CatalogueFilters filters, Facet excluded) {
        StringBuilder sql = new StringBuilder("status = 'published'");
        Map<String, Object> parameters = new LinkedHashMap<>();
        String tsQuery = filters.text == null ? "" : SearchTokens.query(filters.text);
        if (!tsQuery.isEmpty()) {
            sql.append(" and all_search @@ cast(:text as tsquery)");
            parameters.put("text", tsQuery);
        }
        Map<Facet, Object> values = new LinkedHashMap<>();
        values.put(Facet.TYPE, filters.type);
        values.put(Facet.LANGUAGE, filters.language);
        values.put(Facet.TOPIC, filters.topic);
        values.put(Facet.COMMODITY_CLASS, filters.commodityClass);
        values.put(Facet.REGION, filters.region);
        values.put(Facet.COUNTRY, filters.country);
        values.put(Facet.PROVIDER_TYPE, filters.providerType);
        values.put(Facet.YEAR, filters.year == null ? null : filters.year.shortValue());
        values.forEach((facet, value) -> {
            if (value != null && facet != excluded) {
                String parameter = facet.name().toLowerCase();
                sql.append(" and ").append(facet.condition(parameter));
                parameters.put(parameter, value);
            }
        });
        if (filters.gap != null) {
            sql.append(" and gap_id = :gap");
            parameters.put("gap", filters.gap);
        }
        return new Where(sql.toString(), parameters);
    }
}
