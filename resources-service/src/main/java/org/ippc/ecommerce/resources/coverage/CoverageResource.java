package org.ippc.ecommerce.resources.coverage;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.resources.network.NetworkClient;
import org.ippc.ecommerce.resources.network.NetworkGap;

@Path("/v1/coverage")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class CoverageResource {
    private final EntityManager entities;
    private final NetworkClient network;

    CoverageResource(EntityManager entities, NetworkClient network) {
        this.entities = entities;
        this.network = network;
    }

    @GET
    @Operation(
            summary = "Published resources by topic × language × region, next to the network's open gaps (public)",
            description = "Still answers when network-service is down, with `gapsAvailable: false`.")
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

    @SuppressWarnings("unchecked")
    private List<CoverageCell> cells() {
        List<Object[]> rows = entities.createNativeQuery(
                        "select topic, language, region, count(*) from contributed_resource,"
                                + " unnest(topics) topic, unnest(languages) language, unnest(regions) region"
                                + " where status = 'published' group by topic, language, region"
                                + " order by topic, language, region")
                .getResultList();
        return rows.stream()
                .map(row -> new CoverageCell(
                        (String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Long> publishedByGap() {
        List<Object[]> rows = entities.createNativeQuery("select gap_id, count(*) from contributed_resource"
                        + " where status = 'published' and gap_id is not null group by gap_id")
                .getResultList();
        return rows.stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).longValue()));
    }
}
