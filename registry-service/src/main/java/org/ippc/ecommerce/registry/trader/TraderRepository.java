package org.ippc.ecommerce.registry.trader;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ippc.ecommerce.registry.platform.LikePattern;

@ApplicationScoped
public class TraderRepository implements PanacheRepository<Trader> {
    /** pg_trgm similarity above which two names in a country are reported as a possible duplicate. */
    private static final double DUPLICATE_SIMILARITY = 0.5;

    public Optional<Trader> findByRegistrationNumber(String registrationNumber) {
        return find("registrationNumber", registrationNumber).firstResultOptional();
    }

    /**
     * The presences already holding any of these keys, with their traders. The keys travel as one
     * string joined as a set: with a bind parameter per key, or an {@code = any(...)} filter,
     * PostgreSQL's cached plan for an import chunk's thousand keys scans the whole table.
     */
    @SuppressWarnings("unchecked")
    public List<OnlinePresence> presencesWithKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Long> ids = getEntityManager()
                .createNativeQuery(
                        "select p.id from online_presence p"
                                + " join unnest(string_to_array(:keys, chr(31))) as wanted(key) on p.key = wanted.key",
                        Long.class)
                .setParameter("keys", String.join("\u001f", keys))
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select p from OnlinePresence p join fetch p.trader where p.id in :ids", OnlinePresence.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The traders with any of these registration numbers (joined as a set, as above). */
    @SuppressWarnings("unchecked")
    public List<Trader> withRegistrationNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        List<Long> ids = getEntityManager()
                .createNativeQuery(
                        "select t.id from trader t join unnest(string_to_array(:numbers, ',')) as wanted(number)"
                                + " on t.registration_number = wanted.number",
                        Long.class)
                .setParameter("numbers", String.join(",", numbers))
                .getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public boolean registrationNumberTaken(String registrationNumber) {
        return count("registrationNumber", registrationNumber) > 0;
    }

    @SuppressWarnings("unchecked")
    public List<Long> nextNationalNumbers(int count) {
        return ((List<Number>) getEntityManager()
                        .createNativeQuery("select nextval('registration_number_seq') from generate_series(1, :count)")
                        .setParameter("count", count)
                        .getResultList())
                .stream().map(Number::longValue).toList();
    }

    public Set<String> takenRegistrationNumbers(Collection<String> numbers) {
        return withRegistrationNumbers(numbers).stream()
                .map(trader -> trader.registrationNumber)
                .collect(Collectors.toSet());
    }

    public long nextNationalNumber() {
        return ((Number) getEntityManager()
                        .createNativeQuery("select nextval('registration_number_seq')")
                        .getSingleResult())
                .longValue();
    }

    /** Registration numbers and names of traders of the country whose name is very similar. */
    @SuppressWarnings("unchecked")
    public List<Object[]> similarNames(String countryCode, String name, long excludedId) {
        return getEntityManager()
                .createNativeQuery("""
                        select registration_number, legal_name from trader
                        where country_code = :country and id <> :excluded
                          and similarity(lower(legal_name), lower(:name)) > :threshold
                        order by similarity(lower(legal_name), lower(:name)) desc
                        limit 5""")
                .setParameter("country", countryCode)
                .setParameter("excluded", excludedId)
                .setParameter("name", name)
                .setParameter("threshold", DUPLICATE_SIMILARITY)
                .getResultList();
    }

    /**
     * One page of traders matching the query. With free text the page is the best matches by name
     * similarity (no next page); otherwise it is in id order after the given id.
     */
    @SuppressWarnings("unchecked")
    public List<Trader> page(TraderQuery query, long afterId, int limit) {
        boolean ranked = query.text() != null;
        List<Long> ids = getEntityManager()
                .createNativeQuery("""
                        select t.id from trader t
                        where (:ranked or t.id > :after)
                          and (cast(:country as varchar) is null or t.country_code = :country)
                          and (cast(:status as varchar) is null or t.status = :status)
                          and (cast(:productClass as varchar) is null or cast(:productClass as varchar) = any(t.product_classes))
                          and (cast(:platform as varchar) is null or exists (select 1 from online_presence p
                                where p.trader_id = t.id and p.platform = :platform))
                          and (cast(:storeId as varchar) is null or exists (select 1 from online_presence p
                                where p.trader_id = t.id and lower(p.store_id) = lower(:storeId)))
                          and (cast(:keys as varchar) is null or exists (select 1 from online_presence p
                                where p.trader_id = t.id and p.key = any(string_to_array(:keys, ' '))))
                          and (cast(:text as varchar) is null
                               or lower(t.legal_name) % lower(:text)
                               or lower(t.legal_name) like :pattern
                               or lower(array_to_string(t.trading_names, ' ')) like :pattern)
                        order by case when :ranked then similarity(lower(t.legal_name), lower(coalesce(:text, ''))) end desc,
                                 t.id
                        limit :limit""", Long.class)
                .setParameter("ranked", ranked)
                .setParameter("after", afterId)
                .setParameter("country", query.country())
                .setParameter("status", query.status())
                .setParameter("productClass", query.productClass())
                .setParameter("platform", query.platform())
                .setParameter("storeId", query.storeId())
                .setParameter("keys", query.websiteKeys().isEmpty() ? null : String.join(" ", query.websiteKeys()))
                .setParameter("text", query.text())
                .setParameter(
                        "pattern",
                        LikePattern.containing(
                                query.text() == null ? null : query.text().toLowerCase()))
                .setParameter("limit", limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Trader> traders = find("select distinct t from Trader t left join fetch t.presences where t.id in ?1", ids)
                .list();
        return ids.stream()
                .map(id -> traders.stream()
                        .filter(t -> t.id.equals(id))
                        .findFirst()
                        .orElseThrow())
                .toList();
    }
}
