package org.ippc.ecommerce.resources.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.ippc.ecommerce.resources.submission.ResourceRevised;

@ApplicationScoped
public class ReviewAssignments implements PanacheRepositoryBase<ReviewAssignment, ReviewAssignment.Key> {

    public List<ReviewAssignment> of(long resourceId) {
        return list("resourceId = ?1 order by assignedAt, expertId", resourceId);
    }

    public boolean anyRecommendation(long resourceId) {
        return count("resourceId = ?1 and recommendation is not null", resourceId) > 0;
    }

    /** A revised resource is reviewed afresh: the recommendations on the old text stay in its history only. */
    void clearRecommendations(@Observes ResourceRevised revised) {
        update(
                "recommendation = null, comment = null, recommendedAt = null where resourceId = ?1",
                revised.resourceId());
    }
}
