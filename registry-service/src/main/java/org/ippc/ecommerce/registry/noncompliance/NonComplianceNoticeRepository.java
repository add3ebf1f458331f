package org.ippc.ecommerce.registry.noncompliance;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class NonComplianceNoticeRepository implements PanacheRepository<NonComplianceNotice> {

    public Optional<NonComplianceNotice> findOfTrader(long traderId, long id) {
        return find("from NonComplianceNotice n join fetch n.trader t where n.id = ?1 and t.id = ?2", id, traderId)
                .firstResultOptional();
    }

    /** One page in id order after the given id; a null filter matches every notice. */
    public List<NonComplianceNotice> page(
            Long traderId, Set<String> traderCountries, String reportedByCountry, long afterId, int limit) {
        return find(
                        "from NonComplianceNotice n join fetch n.trader t where n.id > ?1"
                                + " and (?2 is null or t.id = ?2) and (?3 is null or n.reportedByCountry = ?3)"
                                + (traderCountries == null ? "" : " and t.countryCode in ?4")
                                + " order by n.id",
                        traderCountries == null
                                ? new Object[] {afterId, traderId, reportedByCountry}
                                : new Object[] {afterId, traderId, reportedByCountry, traderCountries})
                .range(0, limit - 1)
                .list();
    }
}
