package org.ippc.ecommerce.network.nomination;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.ippc.ecommerce.network.expert.Admission;
import org.ippc.ecommerce.network.expert.ExpertService;
import org.ippc.ecommerce.network.expertise.ExpertiseAreas;
import org.ippc.ecommerce.network.notification.NominationNotices;
import org.ippc.ecommerce.network.organization.OrganizationType;
import org.ippc.ecommerce.network.rppo.RppoRepository;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.History;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.KeysetPage;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.platform.Versioned;
import org.ippc.ecommerce.platform.Versions;

@ApplicationScoped
public class NominationService {
    static final String RECORD_TYPE = "nomination";
    /** Organizations whose experts an RPPO may nominate whatever their country. */
    private static final Set<OrganizationType> ANY_COUNTRY =
            Set.of(OrganizationType.INTERNATIONAL_ORGANIZATION, OrganizationType.INDUSTRY);

    private final NominationRepository nominations;
    private final RppoRepository rppos;
    private final ExpertiseAreas expertiseAreas;
    private final ExpertService experts;
    private final History history;
    private final NominationNotices notices;
    private final Caller caller;
    private final Clock clock;

    NominationService(
            NominationRepository nominations,
            RppoRepository rppos,
            ExpertiseAreas expertiseAreas,
            ExpertService experts,
            History history,
            NominationNotices notices,
            Caller caller,
            Clock clock) {
        this.nominations = nominations;
        this.rppos = rppos;
        this.expertiseAreas = expertiseAreas;
        this.experts = experts;
        this.history = history;
        this.notices = notices;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public NominationView nominate(NewNomination candidate) {
        String rppo = caller.rppo();
        requireNominable(rppo, candidate);
        nominations.findPending(rppo, candidate.email()).ifPresent(pending -> {
            throw pendingConflict(rppo, candidate, pending);
        });
        Nomination nomination = new Nomination();
        nomination.rppoAcronym = rppo;
        nomination.nominatedBy = caller.name();
        nomination.nominatedAt = Instant.now(clock);
        describe(nomination, candidate);
        nomination.status = NominationStatus.NOMINATED;
        nominations.persist(nomination);
        nominations.flush();
        NominationView created = NominationView.of(nomination);
        history.record(RECORD_TYPE, nomination.id, "nominated", null, created, candidate.justification());
        return created;
    }

    /**
     * The nominating RPPO corrects its nomination while the Secretariat has not decided: a misspelt name, another
     * e-mail, a signed statement now attached. A revision that changes nothing is not kept in the history.
     */
    @Transactional
    public Versioned<NominationView> revise(long id, String ifMatch, NewNomination candidate) {
        Nomination nomination = nominations
                .findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("There is no nomination %d.".formatted(id)));
        if (!nomination.rppoAcronym.equals(caller.rppo())) {
            throw Problems.forbidden("Nomination %d was made by another RPPO.".formatted(id));
        }
        nomination.status.requireRevisable(id);
        Versions.requireMatch(ifMatch, nomination.version);
        requireNominable(nomination.rppoAcronym, candidate);
        nominations
                .findPending(nomination.rppoAcronym, candidate.email())
                .filter(pending -> !pending.id.equals(nomination.id))
                .ifPresent(pending -> {
                    throw pendingConflict(nomination.rppoAcronym, candidate, pending);
                });
        NominationView before = NominationView.of(nomination);
        describe(nomination, candidate);
        NominationView after = NominationView.of(nomination);
        if (!after.equals(before)) {
            nominations.flush();
            history.record(RECORD_TYPE, id, "revised", before, NominationView.of(nomination), null);
        }
        return versioned(nomination);
    }

    private void requireNominable(String rppo, NewNomination candidate) {
        if (!ANY_COUNTRY.contains(candidate.organizationType()) && !rppos.isMember(rppo, candidate.countryCode())) {
            throw Problems.forbidden(("%s may nominate only experts of its member countries, or of international"
                            + " organizations and industry; %s is not a member.")
                    .formatted(rppo, candidate.countryCode()));
        }
        expertiseAreas.requireKnown(candidate.expertise());
    }

    private static HttpProblem pendingConflict(String rppo, NewNomination candidate, Nomination pending) {
        return Problems.conflict("%s already nominated %s: nomination %d awaits the Secretariat's decision."
                .formatted(rppo, candidate.email(), pending.id));
    }

    private static void describe(Nomination nomination, NewNomination candidate) {
        nomination.justification = candidate.justification();
        nomination.candidateEmail = candidate.email().strip();
        nomination.candidateName = candidate.name().strip();
        nomination.candidateTitle = candidate.title();
        nomination.candidatePosition = candidate.position();
        nomination.organizationName = candidate.organizationName().strip();
        nomination.organizationType = candidate.organizationType().code();
        nomination.countryCode = candidate.countryCode();
        nomination.candidatePhone = candidate.phone();
        nomination.languages = candidate.languages().stream().distinct().toList();
        nomination.expertise = candidate.expertise().stream().distinct().toList();
        nomination.summary = candidate.summary().strip();
        nomination.cvUrl = candidate.cvUrl();
        nomination.declarationOfInterests = candidate.declarationOfInterests();
        nomination.commitmentSignedByCandidate =
                candidate.statementOfCommitment().signedByCandidate();
        nomination.commitmentSignedByEmployer =
                candidate.statementOfCommitment().signedByEmployer();
        nomination.commitmentDocumentUrl = candidate.statementOfCommitment().documentUrl();
        nomination.publicListingConsent = candidate.consent().publicListing();
        nomination.contactConsent = candidate.consent().contact();
        // As PostgreSQL keeps it, so that the same consent sent again is no change.
        nomination.consentGivenAt = candidate.consent().givenAt().truncatedTo(ChronoUnit.MICROS);
    }

    public Versioned<NominationView> get(long id) {
        return versioned(visible(id));
    }

    public List<HistoryView> history(long id) {
        visible(id);
        return history.of(RECORD_TYPE, id);
    }

    /** A nomination the caller may see: its RPPO's, or any for the Secretariat. */
    private Nomination visible(long id) {
        Nomination nomination = nominations
                .findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("There is no nomination %d.".formatted(id)));
        if (!caller.hasRole(Roles.SECRETARIAT) && !nomination.rppoAcronym.equals(caller.rppo())) {
            throw Problems.forbidden("Nomination %d was made by another RPPO.".formatted(id));
        }
        return nomination;
    }

    /** One page of the nominations the caller may see, in id order after the cursor's id. */
    public NominationPage page(String status, String cursor, int limit) {
        String rppo = caller.hasRole(Roles.SECRETARIAT) ? null : caller.rppo();
        NominationStatus wanted = status == null ? null : NominationStatus.fromString(status);
        KeysetPage<NominationView> page = KeysetPage.fetch(
                cursor,
                limit,
                (afterId, size) -> nominations.page(rppo, wanted, afterId, size),
                nomination -> nomination.id,
                NominationView::of);
        return new NominationPage(page.items(), page.next());
    }

    @Transactional
    public Versioned<NominationView> accept(long id, Acceptance acceptance) {
        Nomination nomination = undecided(id, NominationStatus.ACCEPTED);
        LocalDate today = LocalDate.now(clock);
        if (!acceptance.termEnd().isAfter(acceptance.termStart())
                || !acceptance.termEnd().isAfter(today)) {
            throw Problems.badRequest("The term must end after it starts and after today.");
        }
        NominationView before = NominationView.of(nomination);
        long expertId = experts.admit(admission(nomination, acceptance));
        decide(nomination, NominationStatus.ACCEPTED);
        nomination.termStart = acceptance.termStart();
        nomination.termEnd = acceptance.termEnd();
        nomination.expertId = expertId;
        notices.accepted(
                nomination.id,
                nomination.candidateEmail,
                nomination.candidateName,
                nomination.rppoAcronym,
                nomination.languages,
                nomination.termStart,
                nomination.termEnd);
        return recorded(nomination, before, "accepted", null);
    }

    private static Admission admission(Nomination nomination, Acceptance acceptance) {
        return new Admission(
                nomination.id,
                nomination.rppoAcronym,
                nomination.candidateEmail,
                nomination.candidateName,
                nomination.candidateTitle,
                nomination.candidatePosition,
                nomination.organizationName,
                nomination.organizationType,
                nomination.countryCode,
                nomination.candidatePhone,
                nomination.languages,
                nomination.expertise,
                nomination.summary,
                nomination.cvUrl,
                nomination.declarationOfInterests,
                nomination.publicListingConsent,
                nomination.contactConsent,
                nomination.consentGivenAt,
                acceptance.termStart(),
                acceptance.termEnd());
    }

    @Transactional
    public Versioned<NominationView> decline(long id, String reason) {
        Nomination nomination = undecided(id, NominationStatus.DECLINED);
        NominationView before = NominationView.of(nomination);
        decide(nomination, NominationStatus.DECLINED);
        nomination.declineReason = reason;
        notices.declined(
                nomination.id,
                nomination.candidateEmail,
                nomination.candidateName,
                nomination.rppoAcronym,
                nomination.languages,
                reason);
        return recorded(nomination, before, "declined", reason);
    }

    private Nomination undecided(long id, NominationStatus decision) {
        Nomination nomination = nominations
                .findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("There is no nomination %d.".formatted(id)));
        nomination.status.requireTransitionTo(decision, id);
        return nomination;
    }

    private void decide(Nomination nomination, NominationStatus status) {
        nomination.status = status;
        nomination.decidedBy = caller.name();
        nomination.decidedAt = Instant.now(clock);
    }

    private Versioned<NominationView> recorded(
            Nomination nomination, NominationView before, String action, String reason) {
        nominations.flush();
        history.record(RECORD_TYPE, nomination.id, action, before, NominationView.of(nomination), reason);
        return versioned(nomination);
    }

    private static Versioned<NominationView> versioned(Nomination nomination) {
        return new Versioned<>(NominationView.of(nomination), nomination.version);
    }
}
