package org.ippc.ecommerce.resources.call;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class CallRepository implements PanacheRepository<CallForResources> {

    /** The calls after an id in id order: all, or only those open (or closed) on {@code today}. */
    public List<CallForResources> page(Boolean open, LocalDate today, long afterId, int size) {
        String where = "id > :after";
        Parameters parameters = Parameters.with("after", afterId);
        if (open != null) {
            where += open ? " and deadline >= :today" : " and deadline < :today";
            parameters = parameters.and("today", today);
        }
        return find(where + " order by id", parameters).page(0, size).list();
    }

    /** What each call received, counted from the submissions that answer it; a call without any is absent. */
    public Map<Long, CallCounts> countsOf(Collection<Long> callIds) {
        Map<Long, CallCounts> counts = new HashMap<>();
        if (callIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("""
                        select call_id, count(*),
                               count(*) filter (where status in ('accepted', 'published')),
                               count(*) filter (where status = 'published')
                        from contributed_resource where call_id in (:ids) group by call_id""")
                .setParameter("ids", callIds)
                .getResultList();
        for (Object[] row : rows) {
            counts.put(
                    ((Number) row[0]).longValue(),
                    new CallCounts(
                            ((Number) row[1]).longValue(),
                            ((Number) row[2]).longValue(),
                            ((Number) row[3]).longValue()));
        }
        return counts;
    }
}
