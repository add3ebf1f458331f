package org.ippc.ecommerce.registry.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.registry.rppo.RegionalScope;

/** Counts of screened items by destination and verdict, per request; never the listing texts. */
@ApplicationScoped
public class ScreeningStatistics {
    private final EntityManager entityManager;
    private final Caller caller;
    private final RegionalScope regional;

    ScreeningStatistics(EntityManager entityManager, Caller caller, RegionalScope regional) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.regional = regional;
    }

    @Schema(name = "ScreeningStats")
    public record Stats(LocalDate from, LocalDate to, long requests, long items, List<Row> rows) {}

    @Schema(name = "ScreeningStatsRow")
    public record Row(String destinationCountry, String verdict, long items) {}

    /** A row of the items by destination and verdict, as counted. */
    record TallyRow(String destinationCountry, String verdict, Long items) {}

    /** The requests and items counted. */
    record Totals(Long requests, Long items) {}

    /** Records one request: who, when, and items per destination and verdict. */
    @Transactional
    void record(String who, String role, String org, Instant at, int items, Map<String, Map<String, Integer>> tally) {
        List<String> destinations = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        tally.forEach((destination, byVerdict) -> byVerdict.forEach((verdict, count) -> {
            destinations.add(destination);
            verdicts.add(verdict);
            counts.add(count.toString());
        }));
        // One statement for the run and its tallies (codes and verdicts hold no commas).
        entityManager
                .createNativeQuery("""
                        with run as (
                          insert into screening_run (screened_by, screener_role, org, at, item_count)
                          values (:who, :role, :org, :at, :items) returning id)
                        insert into screening_tally (run_id, destination_country, verdict, items)
                        select run.id, tally.destination, tally.verdict, tally.items::int from run,
                          unnest(string_to_array(:destinations, ','), string_to_array(:verdicts, ','),
                                 string_to_array(:counts, ',')) as tally(destination, verdict, items)""")
                .setParameter("who", who)
                .setParameter("role", role)
                .setParameter("org", org)
                .setParameter("at", at)
                .setParameter("items", items)
                .setParameter("destinations", String.join(",", destinations))
                .setParameter("verdicts", String.join(",", verdicts))
                .setParameter("counts", String.join(",", counts))
                .executeUpdate();
    }

    /**
     * Items by destination and verdict for the requests made from {@code from} to {@code to}, inclusive; with a
     * destination, only the requests and items bound for it. NPPOs and the Secretariat see every organization's
     * requests, an RPPO every organization's items bound for its member countries, a screener its own
     * organization's.
     */
    public Stats between(LocalDate from, LocalDate to, String destination) {
        String destinations = regional.countriesToRead(destination)
                .map(countries -> String.join(",", countries))
                .orElse(null);
        if (caller.hasRole(Roles.SECRETARIAT) || caller.hasRole(Roles.NPPO) || caller.hasRole(Roles.RPPO)) {
            return between(from, to, destinations, null);
        }
        String org = caller.org()
                .orElseThrow(() -> Problems.forbidden("The token carries no 'org' claim: whose screenings to count?"));
        return between(from, to, destinations, org);
    }

    @SuppressWarnings("unchecked")
    private Stats between(LocalDate from, LocalDate to, String destinations, String org) {
        Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        String scope = """
                from screening_tally t join screening_run r on r.id = t.run_id
                where r.at >= :start and r.at < :end
                  and (cast(:destinations as varchar) is null
                       or t.destination_country = any(string_to_array(:destinations, ',')))
                  and (cast(:org as varchar) is null or r.org = :org)""";
        List<TallyRow> rows = scoped(
                        "select t.destination_country, t.verdict, sum(t.items) " + scope
                                + " group by t.destination_country, t.verdict order by t.destination_country, t.verdict",
                        TallyRow.class,
                        start,
                        end,
                        destinations,
                        org)
                .getResultList();
        Totals totals = (Totals) scoped(
                        "select count(distinct r.id), coalesce(sum(t.items), 0) " + scope,
                        Totals.class,
                        start,
                        end,
                        destinations,
                        org)
                .getSingleResult();
        return new Stats(
                from,
                to,
                totals.requests(),
                totals.items(),
                rows.stream()
                        .map(row -> new Row(row.destinationCountry(), row.verdict(), row.items()))
                        .toList());
    }

    private Query scoped(String sql, Class<?> rowType, Instant start, Instant end, String destinations, String org) {
        return entityManager
                .createNativeQuery(sql, rowType)
                .setParameter("start", start)
                .setParameter("end", end)
                .setParameter("destinations", destinations)
                .setParameter("org", org);
    }
}
