package org.ippc.ecommerce.resources.review;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.History;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Versioned;
import org.ippc.ecommerce.resources.network.ExpertEligibility;
import org.ippc.ecommerce.resources.network.NetworkClient;
import org.ippc.ecommerce.resources.network.ReviewerContact;
import org.ippc.ecommerce.resources.notification.ReviewNotices;
import org.ippc.ecommerce.resources.submission.ContributedResource;
import org.ippc.ecommerce.resources.submission.ResourceAction;
import org.ippc.ecommerce.resources.submission.ResourceRepository;
import org.ippc.ecommerce.resources.submission.ResourceStatus;
import org.ippc.ecommerce.resources.submission.SubmissionService;
import org.ippc.ecommerce.resources.submission.SubmissionView;

/** The review of a contributed resource, from the assignment of reviewers to its publication. */
@ApplicationScoped
public class ReviewWorkflow {
    private final ResourceRepository resources;
    private final SubmissionService submissions;
    private final ReviewAssignments assignments;
    private final NetworkClient network;
    private final History history;
    private final Caller caller;
    private final Clock clock;
    private final Event<ResourceStatusChanged> statusChanged;
    private final ReviewNotices notices;

    ReviewWorkflow(
            ResourceRepository resources,
            SubmissionService submissions,
            ReviewAssignments assignments,
            NetworkClient network,
            History history,
            Caller caller,
            Clock clock,
            Event<ResourceStatusChanged> statusChanged,
            ReviewNotices notices) {
        this.resources = resources;
        this.submissions = submissions;
        this.assignments = assignments;
        this.network = network;
        this.history = history;
        this.caller = caller;
        this.clock = clock;
        this.statusChanged = statusChanged;
        this.notices = notices;
    }

    private record Ineligible(long expertId, List<String> reasons) {}

    /**
     * Assigns reviewers, each vouched for by network-service as an active expert who consents to be contacted, and
     * tells each new one by mail. network-service is asked before any change (whether each may review, and where to
     * write to them), so an unreachable network-service changes nothing.
     */
    public Versioned<SubmissionView> assign(long id, ReviewerAssignment request) {
        find(id).status.require(ResourceAction.ASSIGN_REVIEWERS, id);
        List<Long> expertIds = request.expertIds().stream().distinct().toList();
        refuseIneligible(expertIds.stream()
                .map(network::reviewerEligibility)
                .filter(eligibility -> !eligibility.eligible())
                .map(eligibility -> new Ineligible(eligibility.expertId(), eligibility.reasons()))
                .toList());
        List<ReviewerContact> contacts = new ArrayList<>();
        List<Ineligible> unknown = new ArrayList<>();
        for (long expertId : expertIds) {
            network.reviewerContact(expertId)
                    .ifPresentOrElse(
                            contacts::add,
                            () -> unknown.add(new Ineligible(expertId, List.of(ExpertEligibility.UNKNOWN_EXPERT))));
        }
        refuseIneligible(unknown);
        return QuarkusTransaction.requiringNew()
                .call(() -> submissions.versioned(recordAssignment(id, contacts, request.comment())));
    }

    private static void refuseIneligible(List<Ineligible> ineligible) {
        if (!ineligible.isEmpty()) {
            throw HttpProblem.builder()
                    .withStatus(422)
                    .withTitle("Reviewer not eligible")
                    .withDetail("Reviewers must be active network experts who consent to be contacted.")
                    .with("ineligibleReviewers", ineligible)
                    .build();
        }
    }

    private ContributedResource recordAssignment(long id, List<ReviewerContact> contacts, String comment) {
        ContributedResource resource = lockedForAction(id, ResourceAction.ASSIGN_REVIEWERS);
        SubmissionView before = SubmissionView.of(resource, true);
        List<Long> reviewersBefore = reviewerIds(id);
        Instant now = Instant.now(clock);
        for (ReviewerContact contact : contacts) {
            long expertId = contact.expertId();
            if (!reviewersBefore.contains(expertId)) {
                ReviewAssignment assignment = new ReviewAssignment();
                assignment.resourceId = id;
                assignment.expertId = expertId;
                assignment.assignedAt = now;
                assignment.assignedBy = caller.name();
                assignments.persist(assignment);
                notices.reviewerAssigned(resource, contact, now);
            }
        }
        ResourceStatus from = resource.status;
        resource.status = ResourceStatus.UNDER_REVIEW;
        if (from != resource.status) {
            statusChanged.fire(new ResourceStatusChanged(from, resource.status));
        }
        resources.flush();
        history.record(
                SubmissionService.RECORD_TYPE,
                id,
                "reviewers-assigned",
                Map.of("status", before.status(), "reviewers", reviewersBefore),
                Map.of("status", resource.status.code(), "reviewers", reviewerIds(id)),
                comment);
        return resource;
    }

    /**
     * Takes a reviewer off a resource (one who cannot review it after all); a recommendation of theirs stays in the
     * history only. A resource left without reviewers is submitted again, to be assigned anew.
     */
    @Transactional
    public Versioned<SubmissionView> unassign(long id, long expertId) {
        ContributedResource resource = lockedForAction(id, ResourceAction.ASSIGN_REVIEWERS);
        ReviewAssignment assignment = assignments
                .findByIdOptional(new ReviewAssignment.Key(id, expertId))
                .orElseThrow(
                        () -> Problems.notFound("Expert %d is not a reviewer of resource %d.".formatted(expertId, id)));
        String statusBefore = resource.status.code();
        List<Long> reviewersBefore = reviewerIds(id);
        assignments.delete(assignment);
        List<Long> reviewersAfter = reviewersBefore.stream()
                .filter(reviewer -> reviewer != expertId)
                .toList();
        if (reviewersAfter.isEmpty() && resource.status != ResourceStatus.SUBMITTED) {
            statusChanged.fire(new ResourceStatusChanged(resource.status, ResourceStatus.SUBMITTED));
            resource.status = ResourceStatus.SUBMITTED;
        }
        resources.flush();
        history.record(
                SubmissionService.RECORD_TYPE,
                id,
                "reviewer-unassigned",
                Map.of("status", statusBefore, "reviewers", reviewersBefore),
                Map.of("status", resource.status.code(), "reviewers", reviewersAfter),
                null);
        return submissions.versioned(resource);
    }

    /**
     * Records the calling reviewer's recommendation. network-service is asked first, outside any transaction, whether
     * the expert may still review: one withdrawn, erased or out of term since being assigned is refused with a 403,
     * and the refusal and its reasons go into the resource's history, so that the Secretariat sees why no
     * recommendation came. Unreachable, it makes the call a 503 and changes nothing.
     */
    public Versioned<SubmissionView> recommend(long id, Recommendation request) {
        long expertId = caller.expertId();
        QuarkusTransaction.requiringNew().run(() -> requireReviewer(id, expertId));
        List<String> barred = network.reviewerEligibility(expertId).reasons().stream()
                .filter(reason -> !reason.equals(ExpertEligibility.NO_CONSENT_TO_CONTACT))
                .toList();
        if (!barred.isEmpty()) {
            QuarkusTransaction.requiringNew()
                    .run(() -> history.record(
                            SubmissionService.RECORD_TYPE,
                            id,
                            "recommendation-refused",
                            null,
                            Map.of("expertId", expertId, "reasons", barred),
                            "Expert %d may no longer review: %s.".formatted(expertId, String.join(", ", barred))));
            throw Problems.forbidden("Expert %d may no longer review (%s): the network says so today."
                    .formatted(expertId, String.join(", ", barred)));
        }
        return QuarkusTransaction.requiringNew().call(() -> recordRecommendation(id, expertId, request));
    }

    private ReviewAssignment requireReviewer(long id, long expertId) {
        find(id);
        return assignments
                .findByIdOptional(new ReviewAssignment.Key(id, expertId))
                .orElseThrow(() ->
                        Problems.forbidden("Expert %d is not a reviewer of resource %d.".formatted(expertId, id)));
    }

    private Versioned<SubmissionView> recordRecommendation(long id, long expertId, Recommendation request) {
        ContributedResource resource = find(id);
        ReviewAssignment assignment = requireReviewer(id, expertId);
        lockFor(resource, ResourceAction.RECOMMEND);
        String before = assignment.recommendation;
        assignment.recommendation = request.recommendation();
        assignment.comment = request.comment().strip();
        assignment.recommendedAt = Instant.now(clock);
        history.record(
                SubmissionService.RECORD_TYPE,
                id,
                "recommended",
                before == null ? Map.of() : Map.of("recommendation", before),
                Map.of("recommendation", assignment.recommendation),
                assignment.comment);
        notices.recommended(resource, expertId, assignment.recommendation, assignment.recommendedAt);
        return submissions.versioned(resource);
    }

    @Transactional
    public Versioned<SubmissionView> decide(long id, Decision request) {
        ContributedResource resource = lockedForAction(id, ResourceAction.DECIDE);
        ResourceStatus decided = ResourceStatus.fromString(request.decision());
        String reason = request.reason() == null || request.reason().isBlank()
                ? null
                : request.reason().strip();
        if (reason == null && decided != ResourceStatus.ACCEPTED) {
            throw Problems.badRequest(
                    "A reason is required to %s: the contributor reads it.".formatted(request.decision()));
        }
        if (!assignments.anyRecommendation(id)) {
            throw Problems.conflict("No reviewer of resource %d has recommended yet.".formatted(id));
        }
        ContributedResource changed = change(resource, "decided", decided, reason);
        notices.decided(changed);
        return submissions.versioned(changed);
    }

    /** Publishes an accepted resource, only with its contributor's consent. */
    @Transactional
    public Versioned<SubmissionView> publish(long id) {
        ContributedResource resource = lockedForAction(id, ResourceAction.PUBLISH);
        if (!resource.consentToPublish) {
            throw Problems.illegalTransition(
                    "The contributor of resource %d has not consented to publication; they can give consent at"
                                    .formatted(id)
                            + " /v1/submissions/%d/consent.".formatted(id),
                    resource.status.code(),
                    resource.status.allowedActions());
        }
        resource.publishedAt = Instant.now(clock);
        ContributedResource changed = change(resource, "published", ResourceStatus.PUBLISHED, null);
        notices.published(changed);
        return submissions.versioned(changed);
    }

    @Transactional
    public Versioned<SubmissionView> withdraw(long id, Withdrawal request) {
        ContributedResource resource = lockedForAction(id, ResourceAction.WITHDRAW);
        return submissions.versioned(change(
                resource,
                "withdrawn",
                ResourceStatus.WITHDRAWN,
                request.reason().strip()));
    }

    /** The reviewers of a submission and their recommendations, for whoever may read the submission. */
    public List<ReviewView> reviews(long id) {
        submissions.readable(id);
        return assignments.of(id).stream().map(ReviewView::of).toList();
    }

    private ContributedResource change(ContributedResource resource, String action, ResourceStatus to, String reason) {
        SubmissionView before = SubmissionView.of(resource, true);
        ResourceStatus from = resource.status;
        resource.status = to;
        resource.statusReason = reason;
        resources.flush();
        statusChanged.fire(new ResourceStatusChanged(from, to));
        history.record(
                SubmissionService.RECORD_TYPE, resource.id, action, before, SubmissionView.of(resource, true), reason);
        return resource;
    }

    private ContributedResource lockedForAction(long id, ResourceAction action) {
        return lockFor(find(id), action);
    }

    /** Locks the resource against concurrent actions, then checks its state allows this one. */
    private ContributedResource lockFor(ContributedResource resource, ResourceAction action) {
        resources.getEntityManager().lock(resource, LockModeType.PESSIMISTIC_WRITE);
        resource.status.require(action, resource.id);
        return resource;
    }

    private ContributedResource find(long id) {
        return resources.findByIdOptional(id).orElseThrow(() -> Problems.notFound("There is no resource " + id + "."));
    }

    private List<Long> reviewerIds(long id) {
        return assignments.of(id).stream().map(a -> a.expertId).toList();
    }
}
