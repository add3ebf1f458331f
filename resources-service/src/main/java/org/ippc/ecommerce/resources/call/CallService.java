package org.ippc.ecommerce.resources.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.History;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.KeysetPage;
import org.ippc.ecommerce.platform.LanguageNegotiation;
import org.ippc.ecommerce.platform.Problems;

/** The Secretariat's calls for existing technical resources, and the submissions that answer them. */
@ApplicationScoped
public class CallService {
    static final String RECORD_TYPE = "call";

    private final CallRepository calls;
    private final History history;
    private final Caller caller;
    private final Clock clock;

    CallService(CallRepository calls, History history, Caller caller, Clock clock) {
        this.calls = calls;
        this.history = history;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public CallView open(NewCall request) {
        if (!request.titles().containsKey(LanguageNegotiation.ENGLISH)
                || !request.texts().containsKey(LanguageNegotiation.ENGLISH)) {
            throw Problems.badRequest("A call has its title and text in English at least (titles.en, texts.en).");
        }
        if (request.deadline().isBefore(today())) {
            throw Problems.badRequest("The deadline %s is past.".formatted(request.deadline()));
        }
        CallForResources call = new CallForResources();
        call.titles = Map.copyOf(request.titles());
        call.texts = Map.copyOf(request.texts());
        call.topics = request.topics().stream().distinct().toList();
        call.languages = request.languages().stream().distinct().toList();
        call.regions = request.regions().stream().distinct().toList();
        call.commodityClasses = request.commodityClasses().stream().distinct().toList();
        call.deadline = request.deadline();
        call.openedBy = caller.name();
        call.openedAt = Instant.now(clock);
        calls.persist(call);
        calls.flush();
        CallView opened = CallView.of(call, today(), CallCounts.NONE);
        history.record(RECORD_TYPE, call.id, "opened", null, opened, null);
        return opened;
    }

    public CallView get(long id) {
        CallForResources call = find(id);
        return CallView.of(call, today(), calls.countsOf(List.of(id)).getOrDefault(id, CallCounts.NONE));
    }

    /** One page of the calls in id order: all of them, or the open (or closed) ones. */
    public CallPage page(String status, String cursor, int limit) {
        Boolean open = status == null ? null : status.equals("open");
        LocalDate today = today();
        KeysetPage<CallForResources> page = KeysetPage.fetch(
                cursor,
                limit,
                (afterId, size) -> calls.page(open, today, afterId, size),
                call -> call.id,
                call -> call);
        Map<Long, CallCounts> counts =
                calls.countsOf(page.items().stream().map(call -> call.id).toList());
        return new CallPage(
                page.items().stream()
                        .map(call -> CallView.of(call, today, counts.getOrDefault(call.id, CallCounts.NONE)))
                        .toList(),
                page.next());
    }

    public List<HistoryView> history(long id) {
        find(id);
        return history.of(RECORD_TYPE, id);
    }

    /** A submission may answer a call while it is open: 400 for a call there is not, 409 for one closed. */
    public void requireOpen(long id) {
        CallForResources call = calls.findByIdOptional(id)
                .orElseThrow(
                        () -> Problems.badRequest("There is no call %d; see /v1/calls?status=open.".formatted(id)));
        if (!call.isOpenOn(today())) {
            throw Problems.conflict("Call %d closed on %s: it takes no more submissions.".formatted(id, call.deadline));
        }
    }

    private CallForResources find(long id) {
        return calls.findByIdOptional(id).orElseThrow(() -> Problems.notFound("There is no call %d.".formatted(id)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
