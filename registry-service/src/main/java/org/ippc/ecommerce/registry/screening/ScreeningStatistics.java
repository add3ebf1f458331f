package org.ippc.ecommerce.registry.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts of screened items by destination and verdict, per request; never the listing texts. */
@ApplicationScoped
public class ScreeningStatistics {
    private final EntityManager entityManager;

    ScreeningStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Schema(name = "ScreeningStats")
    public record Stats(LocalDate from, LocalDate to, long requests, long items, List<Row> rows) {}

    @Schema(name = "ScreeningStatsRow")
    public record Row(String destinationCountry, String verdict, long items) {}

    /** Records one request: who, when, and items per destination and verdict. */
    @Transactional
    void record(String who, String role, String org, Instant at, int items, Map<String, Map<String, Integer>> tally) {
        long run = ((Number) entityManager
                        .createNativeQuery("insert into screening_run (screened_by, screener_role, org, at, item_count)"
                                + " values (?1, ?2, ?3, ?4, ?5) returning id")
                        .setParameter(1, who)
                        .setParameter(2, role)
                        .setParameter(3, org)
                        .setParameter(4, at)
                        .setParameter(5, items)
                        .getSingleResult())
                .longValue();
        tally.forEach((destination, verdicts) -> verdicts.forEach((verdict, count) -> entityManager
                .createNativeQuery("insert into screening_tally (run_id, destination_country, verdict, items)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, run)
                .setParameter(2, destination)
                .setParameter(3, verdict)
                .setParameter(4, count)
                .executeUpdate()));
    }

    /** Items by destination and verdict for the requests made from {@code from} to {@code to}, inclusive. */
    @SuppressWarnings("unchecked")
    public Stats between(LocalDate from, LocalDate to, String destination) {
        Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        select t.destination_country, t.verdict, sum(t.items) from screening_tally t
                        join screening_run r on r.id = t.run_id
                        where r.at >= :start and r.at < :end
                          and (cast(:destination as varchar) is null or t.destination_country = :destination)
                        group by t.destination_country, t.verdict
                        order by t.destination_country, t.verdict""")
                .setParameter("start", start)
                .setParameter("end", end)
                .setParameter("destination", destination)
                .getResultList();
        Object[] totals = (Object[]) entityManager
                .createNativeQuery(
                        "select count(*), coalesce(sum(item_count), 0) from screening_run where at >= :start and at < :end")
                .setParameter("start", start)
                .setParameter("end", end)
                .getSingleResult();
        return new Stats(
                from,
                to,
                ((Number) totals[0]).longValue(),
                ((Number) totals[1]).longValue(),
                rows.stream()
                        .map(row -> new Row((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                        .toList());
    }
}
