package org.ippc.ecommerce.network.gap;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class GapRepository implements PanacheRepository<ResourceGap> {

    /** One page in id order after the given id (keyset pagination). */
    @SuppressWarnings("unchecked")
    public List<ResourceGap> page(GapQuery query, long afterId, int limit) {
        List<Long> ids = getEntityManager()
                .createNativeQuery("""
                        select g.id from resource_gap g
                        where g.id > :after
                          and (cast(:status as varchar) is null or g.status = :status)
                          and (cast(:topic as varchar) is null or cast(:topic as varchar) = any(g.topics))
                          and (cast(:class as varchar) is null or g.commodity_class = :class)
                          and (cast(:language as varchar) is null or cast(:language as varchar) = any(g.languages))
                          and (cast(:region as varchar) is null or cast(:region as varchar) = any(g.regions)
                               or 'global' = any(g.regions))
                        order by g.id
                        limit :limit""")
                .setParameter("after", afterId)
                .setParameter("status", query.status())
                .setParameter("topic", query.topic())
                .setParameter("class", query.commodityClass())
                .setParameter("language", query.language())
                .setParameter("region", query.region())
                .setParameter("limit", limit)
                .getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1 order by id", ids);
    }
}
