package org.ippc.ecommerce.resources.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ippc.ecommerce.resources.submission.Provider;
import org.ippc.ecommerce.resources.submission.SearchTokens;

/** The queries of the public catalogue: published resources only, filtered, ordered, counted. */
@ApplicationScoped
public class CatalogueRepository {
    private static final int MAX_FACET_VALUES = 300;

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};

    private static final String VIEW_COLUMNS = "id, cast(titles as text), cast(summaries as text), type, languages,"
            + " topics, commodity_classes, regions, countries, provider_name, provider_type, author, publication_year,"
            + " urls, gap_id, published_at";

    private final DataSource database;
    private final ObjectMapper json;

    CatalogueRepository(DataSource database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** A resource of a page, with its sort key for the next page's cursor. */
    record Row(String key, PublishedResourceView resource) {}

    /**
     * One page in the given order, after the cursor; {@code limit} rows at most. {@code words} is the text as the
     * catalogue's words ({@link CatalogueWords}). One statement reads the page's public fields straight from JDBC,
     * rather than a second one loading the page's entities through Hibernate (deploy/BENCHMARKS.md, row 5).
     */
    List<Row> page(CatalogueFilters filters, String words, CatalogueSort sort, CatalogueCursor after, int limit) {
        Object[] keyValues = sort.keyValues(() -> SearchTokens.query(filters.text));
        Sql sql = new Sql()
                .add("select " + VIEW_COLUMNS + ", cast(")
                .add(sort.key(), keyValues)
                .add(" as text) as sort_key from contributed_resource where ");
        where(sql, filters, words);
        if (after != null) {
            sql.add(" and (")
                    .add(sort.key(), keyValues)
                    .add(", id) < (cast(? as " + sort.keyType() + "), ?)", after.key(), after.id());
        }
        // The limit is written, not bound: a plan PostgreSQL keeps for any limit might not use the ordered index.
        sql.add(" order by ").add(sort.key(), keyValues).add(" desc, id desc limit " + limit);
        return sql.list(database, row -> new Row(row.getString("sort_key"), view(row)));
    }

    private PublishedResourceView view(ResultSet row) throws SQLException {
        return new PublishedResourceView(
                row.getLong(1),
                texts(row.getString(2)),
                texts(row.getString(3)),
                row.getString(4),
                strings(row.getArray(5)),
                strings(row.getArray(6)),
                strings(row.getArray(7)),
                strings(row.getArray(8)),
                strings(row.getArray(9)),
                new Provider(row.getString(10), row.getString(11)),
                row.getString(12),
                row.getInt(13),
                strings(row.getArray(14)),
                row.getObject(15, Long.class),
                row.getObject(16, OffsetDateTime.class).toInstant(),
                PublishedResourceView.DISCLAIMER);
    }

    private Map<String, String> texts(String jsonObject) {
        try {
            return json.readValue(jsonObject, TEXTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored language map that is not a JSON object", e);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    /** The total and every facet's counts of a search, each facet counted with every filter but its own. */
    record Counts(long total, Map<Facet, List<FacetCount>> facets) {}

    private record Counted(String facet, String value, long count) {}

    /**
     * Counts in one statement: the rows that pass the text and all the filters but at most one are read once
     * (materialized, each with whether it passes each filter), and the total and the eight facets are counted
     * from them. Nine statements each reading the text's matches again had cost 300 ms a search.
     */
    Counts counts(CatalogueFilters filters, String words) {
        Map<Facet, Object> active = activeFilters(filters);
        Sql sql = new Sql()
                .add("with m as materialized (select ")
                .add(Arrays.stream(Facet.values()).map(Facet::column).collect(Collectors.joining(", ")));
        // Whether a row passes each filter is read from its columns: cheaper than the search vector, row by row.
        active.forEach((facet, value) -> sql.add(", " + facet.condition() + " as " + flag(facet), value));
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
        sql.add(" from contributed_resource where status = 'published'");
        if (!widest.isEmpty()) {
            sql.add(" and catalogue_search @@ cast(? as tsquery)", String.join(" & ", widest));
        }
        if (filters.gap != null) {
            sql.add(" and gap_id = ?", filters.gap);
        }
        sql.add(") select cast('total' as text) as facet, cast(null as text) as value, count(*) as count from m where ")
                .add(passing(active.keySet(), null));
        for (Facet facet : Facet.values()) {
            sql.add(" union all select cast('" + facet.name() + "' as text), value, count(*) from (select "
                    + facet.countedValue() + " as value from m where " + passing(active.keySet(), facet)
                    + ") counted group by value");
        }
        long total = 0;
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, new ArrayList<>());
        }
        for (Counted counted : sql.list(
                database, row -> new Counted(row.getString("facet"), row.getString("value"), row.getLong("count")))) {
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
        return new Sql()
                .add("select revision from catalogue_revision where id = 1")
                .list(database, row -> row.getLong(1))
                .getFirst();
    }

    /** The text and every filter as one tsquery over the search vector, whose GIN index finds exactly the rows that pass. */
    private static void where(Sql sql, CatalogueFilters filters, String words) {
        sql.add("status = 'published'");
        List<String> operands = new ArrayList<>(textOperand(words));
        activeFilters(filters).forEach((facet, value) -> operands.add(facet.lexeme(value)));
        if (!operands.isEmpty()) {
            sql.add(" and catalogue_search @@ cast(? as tsquery)", String.join(" & ", operands));
        }
        if (filters.gap != null) {
            sql.add(" and gap_id = ?", filters.gap);
        }
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
