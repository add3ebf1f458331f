package org.ippc.ecommerce.registry.trader;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.History;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.KeysetPage;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.platform.Versioned;
import org.ippc.ecommerce.platform.Versions;
import org.ippc.ecommerce.registry.change.ChangeFeed;
import org.ippc.ecommerce.registry.rppo.RegionalScope;

@ApplicationScoped
public class TraderService {
    private static final String RECORD_TYPE = "trader";
    private static final int EXPORT_PAGE = 1000;

    /** Takes the traders of an export one at a time. */
    @FunctionalInterface
    public interface ExportWriter {
        void write(TraderView trader) throws IOException;
    }

    private final TraderRepository traders;
    private final History history;
    private final Caller caller;
    private final Clock clock;
    private final TraderReader reader;
    private final RegionalScope scope;
    private final ChangeFeed changes;

    TraderService(
            TraderRepository traders,
            History history,
            Caller caller,
            Clock clock,
            TraderReader reader,
            RegionalScope scope,
            ChangeFeed changes) {
        this.traders = traders;
        this.scope = scope;
        this.changes = changes;
        this.reader = reader;
        this.history = history;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public TraderView register(TraderRequest request) {
        Trader trader = create(request, "registered");
        return TraderView.of(trader, similarNames(trader));
    }

    /** Registers a trader of the caller's country; the CSV import uses it too, row by row. */
    Trader create(TraderRequest request, String action) {
        requireOwnCountry(request.countryCode());
        Trader trader = new Trader();
        trader.registrationNumber = registrationNumber(request);
        trader.status = TraderStatus.REGISTERED;
        trader.createdAt = Instant.now(clock);
        trader.createdBy = caller.name();
        apply(request, trader);
        requireNationalNumberFree(trader);
        traders.persist(trader);
        replacePresences(trader, request);
        traders.flush();
        TraderView created = TraderView.of(trader);
        history.record(RECORD_TYPE, trader.id, action, null, created, null);
        changes.record(TraderChange.of("trader.registered", created));
        return trader;
    }

    /**
     * Registers traders whose numbers and presences were checked beforehand (the CSV import's
     * first pass), written by COPY with their history: thousands of lines at the database's pace.
     */
    void createAllChecked(Map<String, TraderRequest> requestsByNumber) {
        Instant now = Instant.now(clock);
        List<Trader> created = new ArrayList<>();
        requestsByNumber.forEach((number, request) -> {
            Trader trader = new Trader();
            trader.registrationNumber = number;
            trader.status = TraderStatus.REGISTERED;
            trader.createdAt = now;
            trader.createdBy = caller.name();
            apply(request, trader);
            setPresences(trader, presences(request));
            created.add(trader);
        });
        traders.insertAll(created);
        Map<Long, TraderView> views = new LinkedHashMap<>();
        created.forEach(trader -> views.put(trader.id, TraderView.of(trader)));
        history.recordCreations(RECORD_TYPE, "imported", views);
        changes.recordAll(views.values().stream()
                .map(view -> TraderChange.of("trader.registered", view))
                .toList());
    }

    /**
     * Registration numbers to issue in the country, none of them taken nor {@code brought} (the numbers an import's
     * lines bring for new traders, not written yet); the country's counter stays locked until the caller's
     * transaction ends. A 409 when too few remain.
     */
    List<String> issueNumbers(String countryCode, int count, Set<String> brought) {
        List<String> issued = new ArrayList<>();
        while (issued.size() < count) {
            int wanted = count - issued.size();
            List<Integer> numbers = traders.takeNationalNumbers(countryCode, wanted);
            if (numbers.isEmpty()) {
                throw tooFewNumbersLeft(countryCode, wanted);
            }
            List<String> candidates = numbers.stream()
                    .map(number -> "%s-%07d".formatted(countryCode, number))
                    .toList();
            // The candidates run without a gap, and seven digits sort as their numbers do: one range to look in.
            Set<String> taken = traders.registrationNumbersBetween(candidates.getFirst(), candidates.getLast());
            candidates.stream()
                    .filter(number -> !taken.contains(number) && !brought.contains(number))
                    .forEach(issued::add);
        }
        return issued;
    }

    /** What {@link #issueNumbers} would refuse, said without taking any (an import's dry run). */
    void requireNumbersLeft(String countryCode, int count) {
        if (traders.nationalNumbersLeft(countryCode) < count) {
            throw tooFewNumbersLeft(countryCode, count);
        }
    }

    private static HttpProblem tooFewNumbersLeft(String countryCode, int wanted) {
        return Problems.conflict(
                "%s has %s registration numbers left to issue: national numbers have seven digits, up to %s-%07d."
                        .formatted(
                                countryCode,
                                wanted == 1 ? "no" : "fewer than " + wanted,
                                countryCode,
                                TraderRepository.LAST_NATIONAL_NUMBER));
    }

    /** Replaces every field but the registration number and status; by the NPPO of the trader's country. */
    @Transactional
    public Versioned<TraderView> replace(long id, String ifMatch, TraderRequest request) {
        Trader trader = find(id);
        requireOwnCountry(trader.countryCode);
        Versions.requireMatch(ifMatch, trader.version);
        return versioned(update(trader, request, "updated"));
    }

    /**
     * Replaces the fields of a trader of the caller's country; the CSV import uses it too. A request
     * that would leave the trader as it reads changes nothing: no new version, no history entry.
     */
    Trader update(Trader trader, TraderRequest request, String action) {
        requireOwnCountry(trader.countryCode);
        if (!trader.countryCode.equals(request.countryCode())) {
            throw Problems.badRequest("The country of establishment is part of the registration number %s and cannot"
                            .formatted(trader.registrationNumber)
                    + " change; deregister and register anew.");
        }
        if (request.registrationNumber() != null
                && !request.registrationNumber().equals(trader.registrationNumber)) {
            throw Problems.badRequest("The registration number %s cannot change.".formatted(trader.registrationNumber));
        }
        if (leavesUnchanged(trader, request)) {
            return trader;
        }
        TraderView before = TraderView.of(trader);
        // Presences are a collection the trader does not own: changing only them would leave the version, and
        // so the ETag, as it was.
        traders.getEntityManager().lock(trader, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        apply(request, trader);
        requireNationalNumberFree(trader);
        replacePresences(trader, request);
        traders.flush();
        TraderView after = TraderView.of(trader);
        history.record(RECORD_TYPE, trader.id, action, before, after, null);
        if (TraderChange.presencesDiffer(before, after)) {
            changes.record(TraderChange.of("trader.presences-changed", after));
        }
        return trader;
    }

    /** Whether the request would leave the trader reading as it does (its presences in any order). */
    static boolean leavesUnchanged(Trader trader, TraderRequest request) {
        Trader replaced = new Trader();
        replaced.id = trader.id;
        replaced.registrationNumber = trader.registrationNumber;
        replaced.status = trader.status;
        replaced.statusReason = trader.statusReason;
        replaced.createdAt = trader.createdAt;
        apply(request, replaced);
        replaced.presences = new ArrayList<>(presences(request).values());
        return TraderView.of(trader)
                .withPresencesSorted()
                .equals(TraderView.of(replaced).withPresencesSorted());
    }

    @Transactional
    public Versioned<TraderView> changeStatus(long id, StatusChange change) {
        Trader trader = find(id);
        requireOwnCountry(trader.countryCode);
        TraderStatus wanted = TraderStatus.fromString(change.status());
        trader.status.requireMayBecome(wanted, trader.registrationNumber);
        TraderView before = TraderView.of(trader);
        trader.status = wanted;
        trader.statusReason = change.reason();
        traders.flush();
        TraderView after = TraderView.of(trader);
        history.record(RECORD_TYPE, id, change.status(), before, after, change.reason());
        changes.record(TraderChange.of("trader.status-changed", after));
        return versioned(trader);
    }

    /** The trader as it reads, not managed: for showing, not for changing. */
    public Versioned<TraderView> read(long id) {
        Trader trader = reader.read(id).orElseThrow(() -> noTrader(id));
        scope.requireReadable(trader.countryCode);
        return versioned(trader);
    }

    public List<HistoryView> history(long id) {
        scope.requireReadable(find(id).countryCode);
        return history.of(RECORD_TYPE, id);
    }

    /** The query as the caller may run it: within its RPPO's member countries, when it reads for an RPPO. */
    public TraderQuery readable(TraderQuery query) {
        return query.within(scope.countriesToRead(query.country()).orElse(null));
    }

    /** One page of the traders matching the query: the best matches of its text when it has one (no next page). */
    public TraderPage page(TraderQuery asked, String cursor, int limit) {
        TraderQuery query = readable(asked);
        KeysetPage<TraderView> page = KeysetPage.fetch(
                cursor,
                limit,
                (afterId, size) -> reader.page(query, afterId, size),
                trader -> trader.id,
                TraderView::of);
        return new TraderPage(page.items(), query.text() == null ? page.next() : null);
    }

    /**
     * Every trader matching the query, in id order, to the writer: read a page at a time, so that an export of the
     * whole register holds one page in memory. The query is one of {@link #readable}, taken before the answer
     * starts: a refusal cannot come in the middle of a file.
     */
    public void export(TraderQuery query, ExportWriter writer) throws IOException {
        long after = 0;
        List<Trader> page = reader.pageInIdOrder(query, after, EXPORT_PAGE);
        while (!page.isEmpty()) {
            for (Trader trader : page) {
                writer.write(TraderView.of(trader));
            }
            after = page.get(page.size() - 1).id;
            page = reader.pageInIdOrder(query, after, EXPORT_PAGE);
        }
    }

    /** The public fields of the trader with the registration number. */
    public Optional<PublicTrader> publicTrader(String registrationNumber) {
        return traders.findByRegistrationNumber(registrationNumber).map(PublicTrader::of);
    }

    /** The public fields of the trader the country's own register numbers so. */
    public Optional<PublicTrader> publicTrader(String countryCode, String nationalRegisterNumber) {
        return traders.findByNationalNumber(countryCode, nationalRegisterNumber.strip())
                .map(PublicTrader::of);
    }

    /** The public fields of the holder of the first key held: the most specific, shop.example before example. */
    public Optional<PublicTrader> publicHolderOf(List<String> keys) {
        Map<String, Trader> holders = traders.presencesWithKeys(keys).stream()
                .collect(Collectors.toMap(presence -> presence.key, presence -> presence.trader));
        return keys.stream()
                .map(holders::get)
                .filter(Objects::nonNull)
                .findFirst()
                .map(PublicTrader::of);
    }

    private Trader find(long id) {
        return traders.findWithPresences(id).orElseThrow(() -> noTrader(id));
    }

    private static HttpProblem noTrader(long id) {
        return Problems.notFound("There is no trader %d.".formatted(id));
    }

    private void requireOwnCountry(String countryCode) {
        if (!caller.hasRole(Roles.NPPO) || !caller.country().equals(countryCode)) {
            throw Problems.forbidden("Only the NPPO of %s registers and edits traders established in %s."
                    .formatted(countryCode, countryCode));
        }
    }

    private String registrationNumber(TraderRequest request) {
        String supplied = request.registrationNumber();
        if (supplied != null) {
            if (!supplied.startsWith(request.countryCode() + "-")) {
                throw Problems.badRequest(
                        "The registration number %s must start with the country of establishment, %s-."
                                .formatted(supplied, request.countryCode()));
            }
            traders.findByRegistrationNumber(supplied).ifPresent(holder -> {
                throw Problems.conflict("The registration number %s is already issued.".formatted(supplied));
            });
            return supplied;
        }
        return issueNumbers(request.countryCode(), 1, Set.of()).getFirst();
    }

    private void requireNationalNumberFree(Trader trader) {
        if (trader.nationalRegisterNumber == null) {
            return;
        }
        traders.findByNationalNumber(trader.countryCode, trader.nationalRegisterNumber)
                .filter(holder -> !holder.id.equals(trader.id))
                .ifPresent(holder -> {
                    throw Problems.conflict("The national register number %s of %s is held by trader %s."
                            .formatted(trader.nationalRegisterNumber, trader.countryCode, holder.registrationNumber));
                });
    }

    private void replacePresences(Trader trader, TraderRequest request) {
        Map<String, OnlinePresence> wanted = presences(request);
        for (OnlinePresence held : traders.presencesWithKeys(wanted.keySet())) {
            if (!held.trader.id.equals(trader.id)) {
                throw Problems.conflict(
                        "%s is already held by trader %s.".formatted(describe(held), held.trader.registrationNumber));
            }
        }
        setPresences(trader, wanted);
    }

    /** The presences a request names, by key (the first of two spellings of one presence wins). */
    private static Map<String, OnlinePresence> presences(TraderRequest request) {
        Map<String, OnlinePresence> wanted = new LinkedHashMap<>();
        for (String website : request.websites()) {
            String host = PresenceKeys.host(website)
                    .orElseThrow(() -> Problems.badRequest("'%s' is not a website address.".formatted(website)));
            OnlinePresence presence = new OnlinePresence();
            presence.kind = OnlinePresence.WEBSITE;
            presence.key = PresenceKeys.website(host);
            presence.url = website.strip();
            wanted.putIfAbsent(presence.key, presence);
        }
        for (TraderRequest.Store store : request.stores()) {
            OnlinePresence presence = new OnlinePresence();
            presence.kind = OnlinePresence.STORE;
            presence.platform = store.platform().strip().toLowerCase();
            presence.storeId = store.storeId().strip();
            presence.url = store.storeUrl();
            presence.key = PresenceKeys.store(store.platform(), store.storeId());
            wanted.putIfAbsent(presence.key, presence);
        }
        return wanted;
    }

    /** The presences kept take the request's spelling (a store's new URL); the others go or come. */
    private static void setPresences(Trader trader, Map<String, OnlinePresence> wanted) {
        trader.presences.removeIf(presence -> !wanted.containsKey(presence.key));
        List<String> kept = new ArrayList<>();
        for (OnlinePresence held : trader.presences) {
            OnlinePresence asked = wanted.get(held.key);
            held.url = asked.url;
            held.platform = asked.platform;
            held.storeId = asked.storeId;
            kept.add(held.key);
        }
        for (OnlinePresence presence : wanted.values()) {
            if (!kept.contains(presence.key)) {
                presence.trader = trader;
                trader.presences.add(presence);
            }
        }
    }

    private List<String> similarNames(Trader trader) {
        List<String> warnings = new ArrayList<>();
        for (TraderRepository.SimilarName similar :
                traders.similarNames(trader.countryCode, trader.legalName, trader.id)) {
            warnings.add("A trader with a very similar name is registered: %s '%s'."
                    .formatted(similar.registrationNumber(), similar.legalName()));
        }
        return warnings;
    }

    private static String describe(OnlinePresence presence) {
        return OnlinePresence.WEBSITE.equals(presence.kind)
                ? "The website " + PresenceKeys.readableWebsite(presence.key)
                : "The %s store %s".formatted(presence.platform, presence.storeId);
    }

    private static void apply(TraderRequest request, Trader trader) {
        trader.nationalRegisterNumber = request.nationalRegisterNumber() == null
                ? null
                : request.nationalRegisterNumber().strip();
        trader.legalName = request.legalName().strip();
        trader.tradingNames = List.copyOf(request.tradingNames());
        trader.countryCode = request.countryCode();
        trader.address = request.address();
        trader.contactEmail = request.contactEmail();
        trader.contactPhone = request.contactPhone();
        trader.businessRegisterNumber = request.businessRegisterNumber();
        trader.productClasses = request.productClasses().stream().distinct().toList();
        trader.shipToCountries = request.shipToCountries().stream().distinct().toList();
        trader.complianceNotes = request.complianceNotes();
    }

    private static Versioned<TraderView> versioned(Trader trader) {
        return new Versioned<>(TraderView.of(trader), trader.version);
    }
}
