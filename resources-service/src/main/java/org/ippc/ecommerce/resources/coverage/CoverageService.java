package org.ippc.ecommerce.resources.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.ippc.ecommerce.resources.network.NetworkClient;
import org.ippc.ecommerce.resources.network.NetworkGap;

/** What the published catalogue covers, next to the gaps the network has recorded. */
@ApplicationScoped
public class CoverageService {
    private final Session session;
    private final NetworkClient network;

    CoverageService(Session session, NetworkClient network) {
        this.session = session;
        this.network = network;
    }

    /** The published resources of a gap. */
    record GapFilling(long gapId, long published) {}

    public CoverageView coverage() {
        Optional<List<NetworkGap>> gaps = network.openGaps();
        Map<Long, Long> filling = publishedByGap();
        return new CoverageView(
                cells(),
                gaps.isPresent(),
                gaps.orElse(List.of()).stream()
                        .map(gap -> new GapCoverage(gap, filling.getOrDefault(gap.id(), 0L)))
                        .toList());
    }

    private List<CoverageCell> cells() {
        return session.createNativeQuery(
                        "select topic, language, region, count(*) from contributed_resource,"
                                + " unnest(topics) topic, unnest(languages) language, unnest(regions) region"
                                + " where status = 'published' group by topic, language, region"
                                + " order by topic, language, region",
                        CoverageCell.class)
                .getResultList();
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
