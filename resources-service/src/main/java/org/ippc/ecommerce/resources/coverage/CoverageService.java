package org.ippc.ecommerce.resources.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.ippc.ecommerce.platform.OfficialLanguage;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.resources.network.NetworkClient;
import org.ippc.ecommerce.resources.network.NetworkGap;
import org.ippc.ecommerce.resources.vocabulary.Kind;
import org.ippc.ecommerce.resources.vocabulary.Vocabularies;

/** What the published catalogue covers, cell by cell, next to the gaps the network has recorded. */
@ApplicationScoped
public class CoverageService {
    private final Session session;
    private final NetworkClient network;
    private final Vocabularies vocabularies;

    CoverageService(Session session, NetworkClient network, Vocabularies vocabularies) {
        this.session = session;
        this.network = network;
        this.vocabularies = vocabularies;
    }

    /** The published resources of a gap. */
    record GapFilling(long gapId, long published) {}

    /** Every cell of one to three distinct dimensions, the empty ones included: they are what is missing. */
    public CoverageView coverage(List<String> dimensionCodes) {
        List<Dimension> dimensions =
                dimensionCodes.stream().map(Dimension::fromCode).toList();
        if (dimensions.isEmpty()
                || dimensions.size() > 3
                || Set.copyOf(dimensions).size() != dimensions.size()) {
            throw Problems.badRequest(
                    "Choose one to three different dimensions of topic, language, region and" + " commodityClass.");
        }
        Optional<List<NetworkGap>> gaps = network.unfilledGaps();
        List<NetworkGap> unfilled = gaps.orElse(List.of());
        Map<List<String>, Long> published = publishedBy(dimensions);
        Map<Long, Long> filling = publishedByGap();
        List<CoverageCell> cells = new ArrayList<>();
        for (List<String> values : combinations(valuesOf(dimensions, published.keySet()))) {
            List<Long> lacking = unfilled.stream()
                    .filter(gap -> lacks(gap, dimensions, values))
                    .map(NetworkGap::id)
                    .toList();
            cells.add(cellOf(dimensions, values, published.getOrDefault(values, 0L), lacking));
        }
        return new CoverageView(
                dimensions.stream().map(Dimension::code).toList(),
                cells,
                gaps.isPresent(),
                unfilled.stream()
                        .map(gap -> new GapCoverage(gap, filling.getOrDefault(gap.id(), 0L)))
                        .toList());
    }

    private static boolean lacks(NetworkGap gap, List<Dimension> dimensions, List<String> values) {
        for (int i = 0; i < dimensions.size(); i++) {
            if (!dimensions.get(i).gapLacks(gap, values.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The codes of each dimension in their order; languages are the six official ones, then any other in use. */
    private List<List<String>> valuesOf(List<Dimension> dimensions, Set<List<String>> found) {
        List<List<String>> values = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            int position = i;
            values.add(
                    switch (dimensions.get(i)) {
                        case TOPIC -> vocabularies.codes(Kind.TOPIC);
                        case REGION -> vocabularies.codes(Kind.REGION);
                        case COMMODITY_CLASS -> vocabularies.codes(Kind.COMMODITY_CLASS);
                        case LANGUAGE -> {
                            Set<String> languages = new LinkedHashSet<>(OfficialLanguage.CODES);
                            languages.addAll(found.stream()
                                    .map(key -> key.get(position))
                                    .collect(Collectors.toCollection(TreeSet::new)));
                            yield List.copyOf(languages);
                        }
                    });
        }
        return values;
    }

    private static List<List<String>> combinations(List<List<String>> values) {
        List<List<String>> combinations = List.of(List.of());
        for (List<String> dimension : values) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> prefix : combinations) {
                for (String value : dimension) {
                    List<String> combination = new ArrayList<>(prefix);
                    combination.add(value);
                    longer.add(List.copyOf(combination));
                }
            }
            combinations = longer;
        }
        return combinations;
    }

    private static CoverageCell cellOf(
            List<Dimension> dimensions, List<String> values, long published, List<Long> gaps) {
        Map<Dimension, String> byDimension = new HashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            byDimension.put(dimensions.get(i), values.get(i));
        }
        return new CoverageCell(
                byDimension.get(Dimension.TOPIC),
                byDimension.get(Dimension.LANGUAGE),
                byDimension.get(Dimension.REGION),
                byDimension.get(Dimension.COMMODITY_CLASS),
                published,
                gaps);
    }

    /** Published resources counted per combination of the dimensions' values, in one query. */
    private Map<List<String>, Long> publishedBy(List<Dimension> dimensions) {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < dimensions.size(); i++) {
            sql.append("d").append(i).append(", ");
        }
        sql.append("count(*) from contributed_resource");
        for (int i = 0; i < dimensions.size(); i++) {
            sql.append(", unnest(")
                    .append(dimensions.get(i).column())
                    .append(") d")
                    .append(i);
        }
        sql.append(" where status = 'published' group by ");
        for (int i = 0; i < dimensions.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("d").append(i);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = session.createNativeQuery(sql.toString()).getResultList();
        Map<List<String>, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            List<String> key = new ArrayList<>();
            for (int i = 0; i < dimensions.size(); i++) {
                key.add((String) row[i]);
            }
            counts.put(List.copyOf(key), ((Number) row[dimensions.size()]).longValue());
        }
        return counts;
    }

    private Map<Long, Long> publishedByGap() {
        List<GapFilling> rows = session.createNativeQuery(
                        "select gap_id, count(*) from contributed_resource"
                                + " where status = 'published' and gap_id is not null group by gap_id",
                        GapFilling.class)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(GapFilling::gapId, GapFilling::published));
    }
}
