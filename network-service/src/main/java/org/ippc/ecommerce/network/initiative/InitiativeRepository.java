package org.ippc.ecommerce.network.initiative;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ippc.ecommerce.platform.LikePattern;

@ApplicationScoped
public class InitiativeRepository implements PanacheRepository<Initiative> {

    /** One page in id order after the given id (keyset pagination). */
    @SuppressWarnings("unchecked")
    public List<Initiative> page(InitiativeQuery query, long afterId, int limit) {
        List<Long> ids = getEntityManager()
                .createNativeQuery("""
                        select i.id from initiative i
                        where i.id > :after
                          and (cast(:rppo as varchar) is null or i.rppo_acronym = :rppo)
                          and (cast(:country as varchar) is null or cast(:country as varchar) = any(i.countries))
                          and (cast(:type as varchar) is null or i.type = :type)
                          and (cast(:status as varchar) is null or i.status = :status)
                          and (cast(:year as integer) is null
                               or (extract(year from i.start_date) <= :year
                                   and (i.end_date is null or extract(year from i.end_date) >= :year)))
                          and (cast(:text as varchar) is null or i.title ilike :text or i.description ilike :text
                               or i.lead_organization ilike :text)
                        order by i.id
                        limit :limit""")
                .setParameter("after", afterId)
                .setParameter("rppo", query.rppo())
                .setParameter("country", query.country())
                .setParameter("type", query.type())
                .setParameter("status", query.status())
                .setParameter("year", query.year())
                .setParameter("text", LikePattern.containing(query.text()))
                .setParameter("limit", limit)
                .getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1 order by id", ids);
    }
}
