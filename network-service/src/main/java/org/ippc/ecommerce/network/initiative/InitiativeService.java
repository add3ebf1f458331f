package org.ippc.ecommerce.network.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
public class InitiativeService {
    private static final String RECORD_TYPE = "initiative";
    private static final int EXPORT_PAGE = 500;

    private final InitiativeRepository initiatives;
    private final RppoRepository rppos;
    private final History history;
    private final Caller caller;
    private final Clock clock;

    InitiativeService(
            InitiativeRepository initiatives, RppoRepository rppos, History history, Caller caller, Clock clock) {
        this.initiatives = initiatives;
        this.rppos = rppos;
        this.history = history;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public InitiativeView record(InitiativeRequest request) {
        String rppo = caller.rppo();
        requireDates(request);
        requireMemberCountries(rppo, request.countries());
        Initiative initiative = new Initiative();
        initiative.rppoAcronym = rppo;
        initiative.recordedBy = caller.name();
        initiative.recordedAt = Instant.now(clock);
        apply(request, initiative);
        initiatives.persist(initiative);
        initiatives.flush();
        InitiativeView created = InitiativeView.of(initiative, true);
        history.record(RECORD_TYPE, initiative.id, "recorded", null, created, null);
        return created;
    }

    /**
     * Replaces every field; by the RPPO that recorded the initiative or the Secretariat. A replacement
     * that changes nothing leaves the version and the history as they were.
     */
    @Transactional
    public Versioned<InitiativeView> replace(long id, String ifMatch, InitiativeRequest request) {
        Initiative initiative = find(id);
        if (!mayEdit(initiative)) {
            throw Problems.forbidden("Initiative %d was recorded by %s; only %s or the Secretariat may edit it."
                    .formatted(id, initiative.rppoAcronym, initiative.rppoAcronym));
        }
        Versions.requireMatch(ifMatch, initiative.version);
        requireDates(request);
        requireMemberCountries(initiative.rppoAcronym, request.countries());
        InitiativeView before = InitiativeView.of(initiative, true);
        apply(request, initiative);
        InitiativeView after = InitiativeView.of(initiative, true);
        if (!after.equals(before)) {
            initiatives.flush();
            history.record(RECORD_TYPE, id, "updated", before, after, null);
        }
        return new Versioned<>(after, initiative.version);
    }

    /** One initiative; its contact only for its RPPO and the Secretariat. */
    public Versioned<InitiativeView> get(long id) {
        Initiative initiative = find(id);
        return new Versioned<>(InitiativeView.of(initiative, mayEdit(initiative)), initiative.version);
    }

    public InitiativePage search(InitiativeQuery query, String cursor, int limit) {
        KeysetPage<InitiativeView> page = KeysetPage.fetch(
                cursor,
                limit,
                (afterId, size) -> initiatives.page(query, afterId, size),
                initiative -> initiative.id,
                initiative -> InitiativeView.of(initiative, false));
        return new InitiativePage(page.items(), page.next());
    }

    /** Every initiative the search finds, without contacts, read page by page. */
    public List<InitiativeView> all(InitiativeQuery query) {
        List<InitiativeView> all = new ArrayList<>();
        List<Initiative> page = initiatives.page(query, 0, EXPORT_PAGE);
        while (!page.isEmpty()) {
            page.forEach(initiative -> all.add(InitiativeView.of(initiative, false)));
            page = initiatives.page(query, page.get(page.size() - 1).id, EXPORT_PAGE);
        }
        return all;
    }

    public List<HistoryView> history(long id) {
        if (!mayEdit(find(id))) {
            throw Problems.forbidden(
                    "Only the RPPO of initiative %d and the Secretariat read its history.".formatted(id));
        }
        return history.of(RECORD_TYPE, id);
    }

    private Initiative find(long id) {
        return initiatives
                .findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("There is no initiative %d.".formatted(id)));
    }

    private boolean mayEdit(Initiative initiative) {
        return caller.hasRole(Roles.SECRETARIAT)
                || (caller.hasRole(Roles.RPPO) && initiative.rppoAcronym.equals(caller.rppo()));
    }

    private void requireMemberCountries(String rppo, List<String> countries) {
        List<String> outside = countries.stream()
                .filter(country -> !rppos.isMember(rppo, country))
                .toList();
        if (!outside.isEmpty()) {
            throw Problems.forbidden("%s records initiatives of its member countries only; %s are not members."
                    .formatted(rppo, outside));
        }
    }

    private static void requireDates(InitiativeRequest request) {
        if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw Problems.badRequest("The end date is before the start date.");
        }
    }

    private static void apply(InitiativeRequest request, Initiative initiative) {
        initiative.title = request.title().strip();
        initiative.description = request.description().strip();
        initiative.countries = request.countries().stream().distinct().toList();
        initiative.leadOrganization = request.leadOrganization().strip();
        initiative.partnerOrganizations = List.copyOf(request.partnerOrganizations());
        initiative.type = request.type();
        initiative.status = InitiativeStatus.fromString(request.status());
        initiative.startDate = request.startDate();
        initiative.endDate = request.endDate();
        initiative.links = List.copyOf(request.links());
        initiative.contact = request.contact();
        initiative.source = request.source();
    }
}
