package org.ippc.ecommerce.network.nomination;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class NominationRepository implements PanacheRepository<Nomination> {

    public Optional<Nomination> findPending(String rppo, String email) {
        return find(
                        "rppoAcronym = ?1 and lower(candidateEmail) = lower(?2) and status = ?3",
                        rppo,
                        email,
                        NominationStatus.NOMINATED)
                .firstResultOptional();
    }

    /** One page in id order after the given id; a null RPPO or status matches all. */
    public List<Nomination> page(String rppo, NominationStatus status, long afterId, int limit) {
        StringBuilder where = new StringBuilder("id > :after and (:rppo is null or rppoAcronym = :rppo)");
        Parameters parameters = Parameters.with("after", afterId).and("rppo", rppo);
        // Only when given: the status converter takes no null.
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(where + " order by id", parameters).page(0, limit).list();
    }

    /**
     * Empties the candidate's personal data in every nomination of the expert or of the same
     * e-mail; keeps the RPPO, the date and the decision. Answers the ids of those nominations.
     */
    public List<Long> erasePersonalData(long expertId, String email, Instant at) {
        List<Nomination> ofThePerson =
                list("expertId = ?1 or (?2 is not null and lower(candidateEmail) = lower(?2))", expertId, email);
        for (Nomination nomination : ofThePerson) {
            nomination.candidateEmail = null;
            nomination.candidateName = "Erased candidate";
            nomination.candidateTitle = null;
            nomination.candidatePosition = null;
            nomination.candidatePhone = null;
            nomination.summary = null;
            nomination.cvUrl = null;
            nomination.declarationOfInterests = null;
            nomination.justification = null;
            nomination.commitmentDocumentUrl = null;
            nomination.erasedAt = at;
        }
        return ofThePerson.stream().map(nomination -> nomination.id).toList();
    }
}
