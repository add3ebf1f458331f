package org.ippc.ecommerce.network.expert;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ippc.ecommerce.platform.LikePattern;

@ApplicationScoped
public class ExpertRepository implements PanacheRepository<Expert> {

    /** Active experts, not erased, whose term ends within the days given (inclusive). */
    public List<Expert> activeWithTermEndingBetween(LocalDate from, LocalDate to) {
        return list(
                "status = ?1 and erasedAt is null and email is not null and termEnd >= ?2 and termEnd <= ?3",
                ExpertStatus.ACTIVE,
                from,
                to);
    }

    /** The expert with this e-mail, whatever its case: the same person is one expert. */
    public Optional<Expert> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    /** One page of publicly listed experts in id order after the given id (keyset pagination). */
    @SuppressWarnings("unchecked")
    public List<Expert> publicPage(ExpertQuery query, long afterId, int limit) {
        List<Long> ids = getEntityManager()
                .createNativeQuery("""
                        select e.id from expert e
                        where e.status = 'active' and e.public_listing_consent and e.erased_at is null
                          and e.id > :after
                          and (cast(:expertise as varchar) is null or cast(:expertise as varchar) = any(e.expertise))
                          and (cast(:language as varchar) is null or cast(:language as varchar) = any(e.languages))
                          and (cast(:country as varchar) is null or e.country_code = :country)
                          and (cast(:rppo as varchar) is null or exists (
                                select 1 from expert_rppo r where r.expert_id = e.id and r.rppo_acronym = :rppo))
                          and (cast(:text as varchar) is null
                               or e.name ilike :text or e.summary ilike :text or e.organization_name ilike :text)
                        order by e.id
                        limit :limit""")
                .setParameter("after", afterId)
                .setParameter("expertise", query.expertise())
                .setParameter("language", query.language())
                .setParameter("country", query.country())
                .setParameter("rppo", query.rppo())
                .setParameter("text", LikePattern.containing(query.text()))
                .setParameter("limit", limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("select distinct e from Expert e left join fetch e.rppos where e.id in ?1 order by e.id", ids)
                .list();
    }

    public List<Expert> activeWithTermEndedBy(LocalDate day) {
        return list("status = ?1 and termEnd <= ?2", ExpertStatus.ACTIVE, day);
    }
}
