package org.ippc.ecommerce.resources.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * One page in the given order, after the cursor; {@code limit} rows at most. {@code words} is the text as the
     * catalogue's words ({@link CatalogueWords}).
     */
    List<Keyed> page(CatalogueFilters filters, String words, CatalogueSort sort, CatalogueCursor after, int limit) {
        Where where = where(filters, words);
        String key = sort.key();
        StringBuilder sql = new StringBuilder("select id, cast(")
                .append(key)
                .append(" as text) from contributed_resource where ")
                .append(where.sql());
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        if (sort == CatalogueSort.RELEVANCE) {
            parameters.put("text", SearchTokens.query(filters.text));
        }
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

    /** The resources of a page, in the page's order: one statement with the ids as an array, whatever their number. */
    List<ContributedResource> load(List<Keyed> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        return session.byMultipleIds(ContributedResource.class)
                .withReadOnly(true)
                .enableOrderedReturn(true)
                .multiLoad(page.stream().map(Keyed::id).toList());
    }

    /** The total and every facet's counts of a search, each facet counted with every filter but its own. */
    record Counts(long total, Map<Facet, List<FacetCount>> facets) {}

    private record Counted(String facet, String value, Long count) {}

    /**
     * Counts in one statement: the rows that pass the text and all the filters but at most one are read once
     * (materialized, each with whether it passes each filter), and the total and the eight facets are counted
     * from them. Nine statements each reading the text's matches again had cost 300 ms a search.
     */
    Counts counts(CatalogueFilters filters, String words) {
        Map<Facet, Object> active = activeFilters(filters);
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("with m as materialized (select ")
                .append(Arrays.stream(Facet.values()).map(Facet::column).collect(Collectors.joining(", ")));
        // Whether a row passes each filter is read from its columns: cheaper than the search vector, row by row.
        active.forEach((facet, value) -> {
            sql.append(", ").append(facet.condition(flag(facet))).append(" as ").append(flag(facet));
            parameters.put(flag(facet), value);
        });
        List<String> widest = new ArrayList<>(textOperand(words));
        if (active.size() > 1) {
            List<String> allButOne = new ArrayList<>();
            for (Facet left : active.keySet()) {
                allButOne.add("("
                        + active.entrySet().stream()
                                .filter(entry -> entry.getKey() != left)
                                .map(entry -> entry.getKey().lexeme(entry.getValue()))
                                .collect(Collectors.joining(" & "))
                        + ")");
            }
            widest.add("(" + String.join(" | ", allButOne) + ")");
        }
        sql.append(" from contributed_resource where status = 'published'");
        if (!widest.isEmpty()) {
            sql.append(" and catalogue_search @@ cast(:widest as tsquery)");
            parameters.put("widest", String.join(" & ", widest));
        }
        if (filters.gap != null) {
            sql.append(" and gap_id = :gap");
            parameters.put("gap", filters.gap);
        }
        sql.append(
                        ") select cast('total' as text) as facet, cast(null as text) as value, count(*) as count from m where ")
                .append(passing(active.keySet(), null));
        for (Facet facet : Facet.values()) {
            sql.append(" union all select cast('")
                    .append(facet.name())
                    .append("' as text), value, count(*) from (select ")
                    .append(facet.countedValue())
                    .append(" as value from m where ")
                    .append(passing(active.keySet(), facet))
                    .append(") counted group by value");
        }
        var query = session.createNativeQuery(sql.toString(), Counted.class);
        parameters.forEach(query::setParameter);
        long total = 0;
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, new ArrayList<>());
        }
        for (Counted counted : query.getResultList()) {
            if (counted.value() == null && counted.facet().equals("total")) {
                total = counted.count();
            } else if (counted.value() != null) {
                facets.get(Facet.valueOf(counted.facet())).add(new FacetCount(counted.value(), counted.count()));
            }
        }
        facets.replaceAll((facet, counts) -> counts.stream()
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .limit(MAX_FACET_VALUES)
                .toList());
        return new Counts(total, facets);
    }

    private static String flag(Facet facet) {
        return "passes_" + facet.name().toLowerCase();
    }

    /** The SQL condition that a row of {@code m} passes every active filter but {@code left}. */
    private static String passing(Set<Facet> active, Facet left) {
        String condition = active.stream()
                .filter(facet -> facet != left)
                .map(CatalogueRepository::flag)
                .collect(Collectors.joining(" and "));
        return condition.isEmpty() ? "true" : condition;
    }

    long revision() {
        return session.createNativeQuery("select revision from catalogue_revision where id = 1", Long.class)
                .getSingleResult();
    }

    /** The text and every filter as one tsquery over the search vector, whose GIN index finds exactly the rows that pass. */
    private static Where where(CatalogueFilters filters, String words) {
        StringBuilder sql = new StringBuilder("status = 'published'");
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>(textOperand(words));
        activeFilters(filters).forEach((facet, value) -> operands.add(facet.lexeme(value)));
        if (!operands.isEmpty()) {
            sql.append(" and catalogue_search @@ cast(:filters as tsquery)");
            parameters.put("filters", String.join(" & ", operands));
        }
        if (filters.gap != null) {
            sql.append(" and gap_id = :gap");
            parameters.put("gap", filters.gap);
        }
        return new Where(sql.toString(), parameters);
    }

    private static List<String> textOperand(String words) {
        return words.isEmpty() ? List.of() : List.of(words);
    }

    /** The facets the search filters on, with their values, in the facets' order. */
    private static Map<Facet, Object> activeFilters(CatalogueFilters filters) {
        Map<Facet, Object> values = new EnumMap<>(Facet.class);
        values.put(Facet.TYPE, filters.type);
        values.put(Facet.LANGUAGE, filters.language);
        values.put(Facet.TOPIC, filters.topic);
        values.put(Facet.COMMODITY_CLASS, filters.commodityClass);
        values.put(Facet.REGION, filters.region);
        values.put(Facet.COUNTRY, filters.country);
        values.put(Facet.PROVIDER_TYPE, filters.providerType);
        values.put(Facet.YEAR, filters.year);
        values.values().removeIf(value -> value == null);
        return values;
    }
}
