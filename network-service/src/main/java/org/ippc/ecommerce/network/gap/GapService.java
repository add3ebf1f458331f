package org.ippc.ecommerce.network.gap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ippc.ecommerce.network.expert.ExpertRepository;
import org.ippc.ecommerce.network.expert.ExpertStatus;
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

    private final GapRepository gaps;
    private final RppoRepository rppos;
    private final ExpertRepository experts;
    private final History history;
    private final Caller caller;
    private final Clock clock;

    GapService(
            GapRepository gaps,
            RppoRepository rppos,
            ExpertRepository experts,
            History history,
            Caller caller,
            Clock clock) {
        this.gaps = gaps;
        this.rppos = rppos;
        this.experts = experts;
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
                .filter(region -> rppos.findByIdOptional(region).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            throw Problems.badRequest("Regions are RPPO acronyms (see /v1/rppos); unknown: %s.".formatted(unknown));
        }
        ResourceGap gap = new ResourceGap();
        gap.topic = request.topic().strip();
        gap.description = request.description().strip();
        gap.commodityClass = request.commodityClass();
        gap.languages = request.languages().stream().distinct().toList();
        gap.regions = request.regions().stream().distinct().toList();
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

    @Transactional
    public GapView changeStatus(long id, GapStatusChange change) {
        ResourceGap gap = find(id);
        GapStatus next = GapStatus.fromString(change.status());
        gap.status.requireTransitionTo(next, id);
        GapView before = GapView.of(gap);
        gap.status = next;
        gaps.flush();
        GapView after = GapView.of(gap);
        history.record(RECORD_TYPE, id, "status-changed", before, after, change.reason());
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
