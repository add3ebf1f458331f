package org.ippc.ecommerce.network.gap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ippc.ecommerce.network.expert.ExpertRepository;
import org.ippc.ecommerce.network.expert.ExpertStatus;
import org.ippc.ecommerce.network.expertise.ExpertiseAreas;
import org.ippc.ecommerce.network.rppo.RppoRepository;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.History;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.KeysetPage;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Roles;

@ApplicationScoped
public class GapService {
    private static final String RECORD_TYPE = "gap";
    private static final String GLOBAL = "global";

    private final GapRepository gaps;
    private final RppoRepository rppos;
    private final ExpertRepository experts;
    private final ExpertiseAreas expertiseAreas;
    private final History history;
    private final Caller caller;
    private final Clock clock;

    GapService(
            GapRepository gaps,
            RppoRepository rppos,
            ExpertRepository experts,
            ExpertiseAreas expertiseAreas,
            History history,
            Caller caller,
            Clock clock) {
        this.gaps = gaps;
        this.rppos = rppos;
        this.experts = experts;
        this.expertiseAreas = expertiseAreas;
        this.history = history;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public GapView propose(NewGap request) {
        if (caller.role().equals(Roles.EXPERT)) {
            requireActiveExpert(caller.expertId());
        }
        List<String> unknown = request.regions().stream()
                .filter(region ->
                        !region.equals(GLOBAL) && rppos.findByIdOptional(region).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            throw Problems.badRequest(
                    "Regions are RPPO acronyms (see /v1/rppos) or global; unknown: %s.".formatted(unknown));
        }
        expertiseAreas.requireKnown(request.topics());
        ResourceGap gap = new ResourceGap();
        gap.topic = request.topic().strip();
        gap.topics = request.topics().stream().distinct().toList();
        gap.description = request.description().strip();
        gap.commodityClass = request.commodityClass();
        gap.languages = request.languages().stream().distinct().toList();
        // A gap everywhere is global, whatever regions are named beside it.
        gap.regions = request.regions().contains(GLOBAL)
                ? List.of(GLOBAL)
                : request.regions().stream().distinct().toList();
        gap.priority = request.priority();
        gap.status = GapStatus.OPEN;
        gap.proposedBy = caller.name();
        gap.proposerRole = caller.role();
        gap.proposedAt = Instant.now(clock);
        gaps.persist(gap);
        gaps.flush();
        GapView created = GapView.of(gap);
        history.record(RECORD_TYPE, gap.id, "proposed", null, created, null);
        return created;
    }

    /** An expert speaks for the network only while active: not once withdrawn, inactive or erased. */
    private void requireActiveExpert(long expertId) {
        if (experts.findByIdOptional(expertId)
                .filter(expert -> expert.status == ExpertStatus.ACTIVE)
                .isEmpty()) {
            throw Problems.forbidden(
                    "Expert %d is not an active member of the network: only active experts propose gaps."
                            .formatted(expertId));
        }
    }

    /**
     * Sets the status; a gap is closed by the resource that fills it ({@link #close}), and reopening one forgets
     * that resource (the history keeps it).
     */
    @Transactional
    public GapView changeStatus(long id, GapStatusChange change) {
        ResourceGap gap = find(id);
        GapStatus next = GapStatus.fromString(change.status());
        gap.status.requireTransitionTo(next, id);
        if (next == GapStatus.CLOSED) {
            throw Problems.conflict(("A gap is closed by the published resource that fills it: POST"
                            + " /v1/gaps/%d/closure with its resourceId.")
                    .formatted(id));
        }
        GapView before = GapView.of(gap);
        gap.status = next;
        gap.filledByResourceId = null;
        gaps.flush();
        GapView after = GapView.of(gap);
        history.record(RECORD_TYPE, id, "status-changed", before, after, change.reason());
        return after;
    }

    /**
     * Assigns an active expert to the gap with a target date; an open gap is then in progress. Assigning the same
     * expert again moves their target date.
     */
    @Transactional
    public GapView assign(long id, NewGapAssignment request) {
        ResourceGap gap = find(id);
        if (gap.status == GapStatus.CLOSED) {
            throw Problems.conflict("Gap %d is closed: reopen it before assigning experts.".formatted(id));
        }
        if (request.targetDate().isBefore(LocalDate.now(clock))) {
            throw Problems.badRequest("The target date %s is past.".formatted(request.targetDate()));
        }
        if (experts.findByIdOptional(request.expertId())
                .filter(expert -> expert.status == ExpertStatus.ACTIVE)
                .isEmpty()) {
            throw Problems.conflict("Expert %d is not an active member of the network.".formatted(request.expertId()));
        }
        GapView before = GapView.of(gap);
        gap.assignments.removeIf(held -> held.expertId == request.expertId());
        GapAssignment assignment = new GapAssignment();
        assignment.expertId = request.expertId();
        assignment.targetDate = request.targetDate();
        assignment.assignedBy = caller.name();
        assignment.assignedAt = Instant.now(clock);
        gap.assignments.add(assignment);
        if (gap.status == GapStatus.OPEN) {
            gap.status = GapStatus.IN_PROGRESS;
        }
        gaps.getEntityManager().lock(gap, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        gaps.flush();
        GapView after = GapView.of(gap);
        history.record(RECORD_TYPE, id, "expert-assigned", before, after, null);
        return after;
    }

    /** Closes the gap with the published resource that fills it (its id in resources-service). */
    @Transactional
    public GapView close(long id, GapClosure closure) {
        ResourceGap gap = find(id);
        gap.status.requireTransitionTo(GapStatus.CLOSED, id);
        GapView before = GapView.of(gap);
        gap.status = GapStatus.CLOSED;
        gap.filledByResourceId = closure.resourceId();
        gaps.flush();
        GapView after = GapView.of(gap);
        history.record(RECORD_TYPE, id, "closed", before, after, closure.reason());
        return after;
    }

    public GapView get(long id) {
        return GapView.of(find(id));
    }

    public GapPage search(GapQuery query, String cursor, int limit) {
        KeysetPage<GapView> page = KeysetPage.fetch(
                cursor, limit, (afterId, size) -> gaps.page(query, afterId, size), gap -> gap.id, GapView::of);
        return new GapPage(page.items(), page.next());
    }

    public List<HistoryView> history(long id) {
        find(id);
        return history.of(RECORD_TYPE, id);
    }

    private ResourceGap find(long id) {
        return gaps.findByIdOptional(id).orElseThrow(() -> Problems.notFound("There is no gap %d.".formatted(id)));
    }
}
