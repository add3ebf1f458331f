package org.ippc.ecommerce.resources.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.History;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.KeysetPage;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.platform.Versioned;
import org.ippc.ecommerce.platform.Versions;
import org.ippc.ecommerce.resources.call.CallService;
import org.ippc.ecommerce.resources.network.NetworkClient;

/** Submissions and revisions by contributors, corrections by the Secretariat, and who may read a submission. */
@ApplicationScoped
public class SubmissionService {
    public static final String RECORD_TYPE = "resource";

    private final ResourceRepository resources;
    private final NetworkClient network;
    private final CallService calls;
    private final History history;
    private final Event<ResourceRevised> revised;
    private final Event<PublishedResourceCorrected> publishedCorrected;
    private final Caller caller;
    private final Clock clock;

    SubmissionService(
            ResourceRepository resources,
            NetworkClient network,
            CallService calls,
            History history,
            Event<ResourceRevised> revised,
            Event<PublishedResourceCorrected> publishedCorrected,
            Caller caller,
            Clock clock) {
        this.resources = resources;
        this.network = network;
        this.calls = calls;
        this.history = history;
        this.revised = revised;
        this.publishedCorrected = publishedCorrected;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public SubmissionView submit(NewResource request) {
        String org = caller.requiredOrg();
        checkContent(request);
        if (request.callId() != null) {
            calls.requireOpen(request.callId());
        }
        resources.findByOrgAndFirstUrl(org, request.urls().getFirst()).ifPresent(existing -> {
            throw Problems.conflict(
                    "%s already submitted %s as resource %d.".formatted(org, existing.urls.getFirst(), existing.id));
        });
        ContributedResource resource = new ContributedResource();
        describe(resource, request);
        resource.contributorOrg = org;
        resource.submittedBy = caller.name();
        resource.submittedAt = Instant.now(clock);
        resource.status = ResourceStatus.SUBMITTED;
        resources.persist(resource);
        SubmissionView view = SubmissionView.of(resource, true);
        history.record(RECORD_TYPE, resource.id, "submitted", null, view, null);
        return view;
    }

    /**
     * Replaces the description: a revision by its contributor while the resource is with them, a correction by the
     * Secretariat once it is accepted.
     */
    @Transactional
    public Versioned<SubmissionView> replace(long id, String ifMatch, NewResource request) {
        return versioned(
                caller.hasRole(Roles.SECRETARIAT) ? correct(id, ifMatch, request) : revise(id, ifMatch, request));
    }

    /**
     * Replaces the description of a submission that is still with its contributor; a revision
     * asked for by the Secretariat sends it back to its reviewers. A revision that changes nothing is
     * not kept in the history.
     */
    private ContributedResource revise(long id, String ifMatch, NewResource request) {
        ContributedResource resource = ownedByCaller(id);
        resources.getEntityManager().lock(resource, LockModeType.PESSIMISTIC_WRITE);
        resource.status.require(ResourceAction.REVISE, id);
        Versions.requireMatch(ifMatch, resource.version);
        checkContent(request);
        requireOpenIfNewlyAnswered(resource, request);
        SubmissionView before = SubmissionView.of(resource, true);
        describe(resource, request);
        if (resource.status == ResourceStatus.REVISION_REQUESTED) {
            resource.status = ResourceStatus.UNDER_REVIEW;
            resource.statusReason = null;
            revised.fire(new ResourceRevised(id));
        }
        SubmissionView after = SubmissionView.of(resource, true);
        if (!after.equals(before)) {
            resources.flush();
            history.record(RECORD_TYPE, id, "revised", before, after, null);
        }
        return resource;
    }

    /**
     * The Secretariat corrects an accepted or published resource, at once and without a new review: a moved link, a
     * typo, a title in another language. The contributor's consent to publish stays as given.
     */
    private ContributedResource correct(long id, String ifMatch, NewResource request) {
        ContributedResource resource = find(id);
        resources.getEntityManager().lock(resource, LockModeType.PESSIMISTIC_WRITE);
        resource.status.require(ResourceAction.CORRECT, id);
        Versions.requireMatch(ifMatch, resource.version);
        if (request.consentToPublish() != resource.consentToPublish) {
            throw Problems.badRequest(
                    "consentToPublish is the contributor's to give: keep it %s.".formatted(resource.consentToPublish));
        }
        checkContent(request);
        requireOpenIfNewlyAnswered(resource, request);
        SubmissionView before = SubmissionView.of(resource, true);
        describe(resource, request);
        SubmissionView after = SubmissionView.of(resource, true);
        if (!after.equals(before)) {
            resources.flush();
            history.record(RECORD_TYPE, id, "corrected", before, after, null);
            if (resource.status == ResourceStatus.PUBLISHED) {
                publishedCorrected.fire(new PublishedResourceCorrected(id));
            }
        }
        return resource;
    }

    /** The contributor consents to publication after submitting without consent. */
    @Transactional
    public Versioned<SubmissionView> consent(long id) {
        ContributedResource resource = ownedByCaller(id);
        resources.getEntityManager().lock(resource, LockModeType.PESSIMISTIC_WRITE);
        resource.status.require(ResourceAction.CONSENT, id);
        if (!resource.consentToPublish) {
            resource.consentToPublish = true;
            resources.flush();
            history.record(
                    RECORD_TYPE,
                    id,
                    "consented",
                    Map.of("consentToPublish", false),
                    Map.of("consentToPublish", true),
                    null);
        }
        return versioned(resource);
    }

    /** A submission, for the Secretariat, its contributing organization and its assigned reviewers. */
    public ContributedResource readable(long id) {
        ContributedResource resource = find(id);
        if (!canRead(resource)) {
            throw Problems.forbidden("Resource %d is neither yours nor assigned to you.".formatted(id));
        }
        return resource;
    }

    /** A submission and its version, for the Secretariat, its contributing organization and its assigned reviewers. */
    public Versioned<SubmissionView> read(long id) {
        ContributedResource resource = readable(id);
        return new Versioned<>(view(resource), resource.version);
    }

    /** The view and version of a submission as this transaction leaves it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Versioned<SubmissionView> versioned(ContributedResource resource) {
        resources.flush(); // the version moves at the flush
        return new Versioned<>(view(resource), resource.version);
    }

    private SubmissionView view(ContributedResource resource) {
        return SubmissionView.of(resource, !caller.hasRole(Roles.EXPERT) || caller.hasRole(Roles.SECRETARIAT));
    }

    /** The submissions the caller may see: all for the Secretariat, its own for a contributor, assigned ones for an expert. */
    public SubmissionPage page(ResourceStatus status, String cursor, int limit) {
        String org = null;
        Long reviewer = null;
        if (!caller.hasRole(Roles.SECRETARIAT)) {
            if (caller.hasRole(Roles.CONTRIBUTOR)) {
                org = caller.requiredOrg();
            } else {
                reviewer = caller.expertId();
            }
        }
        String contributorOrg = org;
        Long assignedReviewer = reviewer;
        KeysetPage<SubmissionView> page = KeysetPage.fetch(
                cursor,
                limit,
                (afterId, size) -> resources.page(contributorOrg, assignedReviewer, status, afterId, size),
                resource -> resource.id,
                this::view);
        return new SubmissionPage(page.items(), page.next());
    }

    /** Every action on a submission, for those who may read it. */
    public List<HistoryView> history(long id) {
        readable(id);
        return history.of(RECORD_TYPE, id);
    }

    private ContributedResource find(long id) {
        return resources.findByIdOptional(id).orElseThrow(() -> Problems.notFound("There is no resource " + id + "."));
    }

    private ContributedResource ownedByCaller(long id) {
        ContributedResource resource = find(id);
        if (!resource.contributorOrg.equals(caller.requiredOrg())) {
            throw Problems.forbidden("Resource %d belongs to another contributing organization.".formatted(id));
        }
        return resource;
    }

    private boolean canRead(ContributedResource resource) {
        if (caller.hasRole(Roles.SECRETARIAT)) {
            return true;
        }
        if (caller.hasRole(Roles.CONTRIBUTOR) && resource.contributorOrg.equals(caller.requiredOrg())) {
            return true;
        }
        return caller.hasRole(Roles.EXPERT) && resources.isAssignedReviewer(resource.id, caller.expertId());
    }

    private void checkContent(NewResource request) {
        int thisYear = Instant.now(clock).atZone(ZoneOffset.UTC).getYear();
        if (request.publicationYear() > thisYear) {
            throw Problems.badRequest("publicationYear %d is in the future.".formatted(request.publicationYear()));
        }
        if (request.gapId() != null && network.gap(request.gapId()).isEmpty()) {
            throw Problems.badRequest(
                    "network-service knows no gap %d; see its /v1/gaps for the gaps.".formatted(request.gapId()));
        }
    }

    /** A submission keeps answering its call after the deadline; it may answer another only while that is open. */
    private void requireOpenIfNewlyAnswered(ContributedResource resource, NewResource request) {
        if (request.callId() != null && !request.callId().equals(resource.callId)) {
            calls.requireOpen(request.callId());
        }
    }

    private static void describe(ContributedResource resource, NewResource request) {
        resource.titles = request.titles();
        resource.summaries = request.summaries();
        resource.type = request.type();
        resource.languages = distinct(request.languages());
        resource.topics = distinct(request.topics());
        resource.commodityClasses = distinct(request.commodityClasses());
        resource.regions = distinct(request.regions());
        resource.countries = distinct(request.countries());
        resource.providerName = request.provider().name().strip();
        resource.providerType = request.provider().type();
        resource.author = request.author() == null ? null : request.author().strip();
        resource.contactEmail = request.contactEmail().strip();
        resource.contactLanguage = request.contactLanguage() == null ? "en" : request.contactLanguage();
        resource.publicationYear = request.publicationYear().shortValue();
        resource.urls = distinct(request.urls());
        resource.gapId = request.gapId();
        resource.callId = request.callId();
        resource.consentToPublish = request.consentToPublish();
        resource.titleTokens = SearchTokens.of(String.join(" ", request.titles().values()));
        resource.summaryTokens =
                SearchTokens.of(String.join(" ", request.summaries().values()));
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }
}
