package org.ippc.ecommerce.network.rppo;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class RppoRepository implements PanacheRepositoryBase<Rppo, String> {

    public List<Rppo> listWithMembers() {
        return find("select distinct r from Rppo r left join fetch r.members order by r.acronym")
                .list();
    }

    public Optional<Rppo> findWithMembers(String acronym) {
        return find("select r from Rppo r left join fetch r.members where r.acronym = ?1", acronym)
                .singleResultOptional();
    }

    public List<Rppo> listByMemberCountry(String countryCode) {
        return find("""
                        select distinct r from Rppo r left join fetch r.members
                        where r.acronym in (select m.acronym from Rppo m join m.members c where c.countryCode = ?1)
                        order by r.acronym""", countryCode).list();
    }

    public boolean isMember(String acronym, String countryCode) {
        return count(
                        "select count(r) from Rppo r join r.members m where r.acronym = ?1 and m.countryCode = ?2",
                        acronym,
                        countryCode)
                > 0;
    }
}
