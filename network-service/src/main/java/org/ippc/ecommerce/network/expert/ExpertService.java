package org.ippc.ecommerce.network.expert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ippc.ecommerce.network.expertise.ExpertiseAreas;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.History;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.KeysetPage;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.platform.Versioned;
import org.ippc.ecommerce.platform.Versions;

@ApplicationScoped
public class ExpertService {
    static final String RECORD_TYPE = "expert";
    public static final String REVIEWER = "reviewer";

    private final ExpertRepository experts;
    private final ExpertiseAreas expertiseAreas;
    private final Event<ExpertErased> erasures;
    private final History history;
    private final Caller caller;
    private final Clock clock;

    ExpertService(
            ExpertRepository experts,
            ExpertiseAreas expertiseAreas,
            Event<ExpertErased> erasures,
            History history,
            Caller caller,
            Clock clock) {
        this.experts = experts;
        this.expertiseAreas = expertiseAreas;
        this.erasures = erasures;
        this.history = history;
        this.caller = caller;
        this.clock = clock;
    }

    /** One page of the public directory, each expert as this caller may see them. */
    public ExpertPage directory(ExpertQuery query, String cursor, int limit) {
        KeysetPage<ExpertView> page = KeysetPage.fetch(
                cursor,
                limit,
                (afterId, size) -> experts.publicPage(query, afterId, size),
                expert -> expert.id,
                this::view);
        return new ExpertPage(page.items(), page.next());
    }

    /**
     * An expert the caller may see at all: the public sees only publicly listed ones; the expert always sees
     * themself, so that they can read the ETag with which to give their consent again.
     */
    public Versioned<ExpertView> get(long id) {
        Expert expert = experts.findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (!expert.isPubliclyListed() && !isSelfOrNominatorOrSecretariat(expert)) {
            throw notFound(id);
        }
        return versioned(expert);
    }

    /**
     * Admits the candidate of an accepted nomination: creates the expert, or reactivates the one
     * with the same e-mail (the same person is one expert), with the nomination's data and term.
     * Answers the expert's id.
     */
    public long admit(Admission admission) {
        Expert expert = experts.findByEmail(admission.email()).orElseGet(Expert::new);
        boolean known = expert.id != null;
        ExpertView before = known ? ExpertView.restrictedOf(expert) : null;
        expert.email = admission.email();
        expert.name = admission.name();
        expert.title = admission.title();
        expert.position = admission.position();
        expert.organizationName = admission.organizationName();
        expert.organizationType = admission.organizationType();
        expert.countryCode = admission.countryCode();
        expert.phone = admission.phone();
        expert.languages = admission.languages();
        expert.expertise = admission.expertise();
        expert.summary = admission.summary();
        expert.cvUrl = admission.cvUrl();
        expert.declarationOfInterests = admission.declarationOfInterests();
        expert.publicListingConsent = admission.publicListingConsent();
        expert.contactConsent = admission.contactConsent();
        expert.consentAt = admission.consentAt();
        LocalDate termStart = admission.termStart();
        LocalDate termEnd = admission.termEnd();
        // An expert serving already stays for the longer of the two terms: one RPPO's shorter nomination
        // does not cut short another's.
        boolean serving = known && expert.status == ExpertStatus.ACTIVE;
        expert.termStart = serving && expert.termStart.isBefore(termStart) ? expert.termStart : termStart;
        expert.termEnd = serving && expert.termEnd.isAfter(termEnd) ? expert.termEnd : termEnd;
        expert.status = ExpertStatus.ACTIVE;
        expert.rppos.add(admission.rppo());
        if (!known) {
            experts.persist(expert);
        }
        experts.flush();
        history.record(
                RECORD_TYPE,
                expert.id,
                known ? "renominated" : "admitted",
                before,
                ExpertView.restrictedOf(expert),
                "Nomination %d by %s accepted.".formatted(admission.nominationId(), admission.rppo()));
        return expert.id;
    }

    /**
     * Adds an expert on the Secretariat's own decision, beside the RPPOs' nominations: someone an international
     * organization or industry proposed. A person already in the network (the same e-mail) is a conflict: an RPPO's
     * nomination renews an expert, an appointment does not.
     */
    @Transactional
    public Versioned<ExpertView> appoint(DirectAppointment appointment) {
        LocalDate today = LocalDate.now(clock);
        if (!appointment.termEnd().isAfter(appointment.termStart())
                || !appointment.termEnd().isAfter(today)) {
            throw Problems.badRequest("The term must end after it starts and after today.");
        }
        ExpertProfile profile = appointment.profile();
        expertiseAreas.requireKnown(profile.expertise());
        experts.findByEmail(profile.email().strip()).ifPresent(other -> {
            throw Problems.conflict("%s is the e-mail of expert %d.".formatted(profile.email(), other.id));
        });
        Expert expert = new Expert();
        describe(expert, profile);
        expert.publicListingConsent = appointment.consent().publicListing();
        expert.contactConsent = appointment.consent().contact();
        expert.consentAt = Instant.now(clock);
        expert.status = ExpertStatus.ACTIVE;
        expert.termStart = appointment.termStart();
        expert.termEnd = appointment.termEnd();
        expert.proposedBy = appointment.proposedBy().strip();
        experts.persist(expert);
        experts.flush();
        String why = "Appointed by the Secretariat on the proposal of %s.".formatted(expert.proposedBy);
        history.record(
                RECORD_TYPE,
                expert.id,
                "appointed",
                null,
                ExpertView.restrictedOf(expert),
                appointment.justification() == null
                        ? why
                        : why + " " + appointment.justification().strip());
        return versioned(expert);
    }

    /** Every change to the expert, read by the expert themself, the Secretariat or a nominating RPPO. */
    public List<HistoryView> history(long id) {
        Expert expert = experts.findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (!isSelfOrNominatorOrSecretariat(expert)) {
            throw Problems.forbidden(
                    "Only expert %d, the Secretariat and the RPPOs that nominated them may read this.".formatted(id));
        }
        return history.of(RECORD_TYPE, id);
    }

    @Transactional
    public Versioned<ExpertView> changeConsent(long id, String ifMatch, ConsentChange change) {
        Expert expert = experts.findByIdOptional(id).orElseThrow(() -> notFound(id));
        requireSelfOrNominatorOrSecretariat(expert);
        Versions.requireMatch(ifMatch, expert.version);
        ExpertView before = ExpertView.restrictedOf(expert);
        expert.publicListingConsent = change.publicListing();
        expert.contactConsent = change.contact();
        expert.consentAt = Instant.now(clock);
        experts.flush();
        history.record(RECORD_TYPE, id, "consent-changed", before, ExpertView.restrictedOf(expert), null);
        return versioned(expert);
    }

    /**
     * Replaces the expert's profile. An e-mail is one person's: another expert's is a conflict, and so is any edit
     * after erasure, which keeps nothing personal to edit.
     */
    @Transactional
    public Versioned<ExpertView> changeProfile(long id, String ifMatch, ExpertProfile profile) {
        Expert expert = experts.findByIdOptional(id).orElseThrow(() -> notFound(id));
        requireSelfOrNominatorOrSecretariat(expert);
        Versions.requireMatch(ifMatch, expert.version);
        if (expert.erasedAt != null) {
            throw Problems.conflict(
                    "The personal data of expert %d is erased: there is no profile to edit.".formatted(id));
        }
        expertiseAreas.requireKnown(profile.expertise());
        experts.findByEmail(profile.email().strip())
                .filter(other -> !other.id.equals(expert.id))
                .ifPresent(other -> {
                    throw Problems.conflict("%s is the e-mail of expert %d.".formatted(profile.email(), other.id));
                });
        ExpertView before = ExpertView.restrictedOf(expert);
        describe(expert, profile);
        ExpertView after = ExpertView.restrictedOf(expert);
        if (after.equals(before)) {
            return versioned(expert);
        }
        experts.flush();
        history.record(RECORD_TYPE, id, "profile-changed", before, after, null);
        return versioned(expert);
    }

    @Transactional
    public Versioned<ExpertView> withdraw(long id, String reason) {
        Expert expert = experts.findByIdOptional(id).orElseThrow(() -> notFound(id));
        requireSelfOrNominatorOrSecretariat(expert);
        expert.status.requireTransitionTo(ExpertStatus.WITHDRAWN, id);
        ExpertView before = ExpertView.restrictedOf(expert);
        expert.status = ExpertStatus.WITHDRAWN;
        experts.flush();
        history.record(RECORD_TYPE, id, "withdrawn", before, ExpertView.restrictedOf(expert), reason);
        return versioned(expert);
    }

    /**
     * Erases the expert's personal data on request: from the expert, from the nominations of the
     * same person ({@link ExpertErased}), and from their recorded changes. Who nominated them, when, and what was
     * decided stay.
     */
    @Transactional
    public void erase(long id, String reason) {
        Expert expert = experts.findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (!isSelf(expert) && !caller.hasRole(Roles.SECRETARIAT)) {
            throw Problems.forbidden("Only the expert or the Secretariat may ask for erasure.");
        }
        if (expert.erasedAt != null) {
            throw Problems.conflict("The personal data of expert %d is already erased.".formatted(id));
        }
        Instant now = Instant.now(clock);
        erasures.fire(new ExpertErased(id, expert.email, now));
        history.redact(RECORD_TYPE, id);
        expert.email = null;
        expert.name = "Erased expert " + id;
        expert.title = null;
        expert.position = null;
        expert.phone = null;
        expert.summary = null;
        expert.cvUrl = null;
        expert.declarationOfInterests = null;
        expert.publicListingConsent = false;
        expert.contactConsent = false;
        expert.status = ExpertStatus.WITHDRAWN;
        expert.erasedAt = now;
        experts.flush();
        history.record(RECORD_TYPE, id, "erased", null, null, reason);
    }

    public Eligibility eligibility(long id, String role) {
        if (!REVIEWER.equals(role)) {
            throw Problems.badRequest("Eligibility is known for the role 'reviewer' only.");
        }
        Expert expert = experts.findByIdOptional(id).orElseThrow(() -> notFound(id));
        LocalDate today = LocalDate.now(clock);
        List<Eligibility.Reason> reasons = new ArrayList<>();
        if (expert.erasedAt != null) {
            reasons.add(Eligibility.Reason.ERASED);
        }
        if (expert.status != ExpertStatus.ACTIVE) {
            reasons.add(Eligibility.Reason.NOT_ACTIVE);
        }
        if (!expert.contactConsent) {
            reasons.add(Eligibility.Reason.NO_CONSENT_TO_CONTACT);
        }
        if (today.isBefore(expert.termStart) || !today.isBefore(expert.termEnd)) {
            reasons.add(Eligibility.Reason.TERM_NOT_CURRENT);
        }
        return new Eligibility(id, role, reasons.isEmpty(), reasons);
    }

    private static void describe(Expert expert, ExpertProfile profile) {
        expert.name = profile.name().strip();
        expert.title = profile.title();
        expert.position = profile.position();
        expert.email = profile.email().strip();
        expert.phone = profile.phone();
        expert.organizationName = profile.organizationName().strip();
        expert.organizationType = profile.organizationType().code();
        expert.countryCode = profile.countryCode();
        expert.languages = profile.languages().stream().distinct().toList();
        expert.expertise = profile.expertise().stream().distinct().toList();
        expert.summary = profile.summary().strip();
        expert.cvUrl = profile.cvUrl();
        expert.declarationOfInterests = profile.declarationOfInterests();
    }

    /**
     * The expert as this caller may see it: restricted fields for the expert themself, the Secretariat and nominating
     * RPPOs.
     */
    private ExpertView view(Expert expert) {
        return isSelfOrNominatorOrSecretariat(expert) ? ExpertView.restrictedOf(expert) : ExpertView.publicOf(expert);
    }

    private Versioned<ExpertView> versioned(Expert expert) {
        return new Versioned<>(view(expert), expert.version);
    }

    private boolean isNominatorOrSecretariat(Expert expert) {
        return caller.hasRole(Roles.SECRETARIAT)
                || (caller.hasRole(Roles.RPPO) && expert.rppos.contains(caller.rppo()));
    }

    private boolean isSelf(Expert expert) {
        return caller.hasRole(Roles.EXPERT) && caller.expertId() == expert.id;
    }

    private boolean isSelfOrNominatorOrSecretariat(Expert expert) {
        return isSelf(expert) || isNominatorOrSecretariat(expert);
    }

    private void requireSelfOrNominatorOrSecretariat(Expert expert) {
        if (!isSelfOrNominatorOrSecretariat(expert)) {
            throw Problems.forbidden(
                    "Only the expert, an RPPO that nominated them or the Secretariat may change expert %d."
                            .formatted(expert.id));
        }
    }

    private static RuntimeException notFound(long id) {
        return Problems.notFound("There is no expert %d in the public directory.".formatted(id));
    }
}
