package org.ippc.ecommerce.resources.submission;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ResourceRepository implements PanacheRepository<ContributedResource> {

    public Optional<ContributedResource> findByOrgAndFirstUrl(String org, String url) {
        return getEntityManager()
                .createNativeQuery(
                        "select * from contributed_resource where contributor_org = :org and urls[1] = :url",
                        ContributedResource.class)
                .setParameter("org", org)
                .setParameter("url", url)
                .getResultStream()
                .findFirst()
                .map(ContributedResource.class::cast);
    }

    /**
     * A page of submissions in order of id, for one contributor organization, one reviewer, or
     * (both null) everyone; optionally in one status.
     */
    public List<ContributedResource> page(String org, Long reviewerId, ResourceStatus status, long afterId, int limit) {
        StringBuilder where = new StringBuilder("id > :after");
        Parameters parameters = Parameters.with("after", afterId);
        if (org != null) {
            where.append(" and contributorOrg = :org");
            parameters.and("org", org);
        }
        if (reviewerId != null) {
            where.append(" and id in (select a.resourceId from ReviewAssignment a where a.expertId = :reviewer)");
            parameters.and("reviewer", reviewerId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(where + " order by id", parameters).page(0, limit).list();
    }

    public boolean isAssignedReviewer(long resourceId, long expertId) {
        return getEntityManager()
                        .createQuery(
                                "select count(a) from ReviewAssignment a where a.resourceId = :resource"
                                        + " and a.expertId = :expert",
                                Long.class)
                        .setParameter("resource", resourceId)
                        .setParameter("expert", expertId)
                        .getSingleResult()
                > 0;
    }
}
