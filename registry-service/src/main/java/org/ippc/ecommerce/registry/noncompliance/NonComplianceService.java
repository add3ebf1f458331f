package org.ippc.ecommerce.registry.noncompliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.registry.rppo.RegionalScope;
import org.ippc.ecommerce.registry.trader.TraderRepository;

@ApplicationScoped
public class NonComplianceService {
    private final NonComplianceNoticeRepository notices;
    private final TraderRepository traders;
    private final Caller caller;
    private final Clock clock;
    private final RegionalScope scope;

    NonComplianceService(
            NonComplianceNoticeRepository notices,
            TraderRepository traders,
            Caller caller,
            Clock clock,
            RegionalScope scope) {
        this.scope = scope;
        this.notices = notices;
        this.traders = traders;
        this.caller = caller;
        this.clock = clock;
    }

    /** Records what the NPPO of the token's country found in one of the trader's consignments. */
    @Transactional
    public NonComplianceNoticeView notify(long traderId, NewNonComplianceNotice request) {
        NonComplianceNotice notice = new NonComplianceNotice();
        notice.trader = traders.findByIdOptional(traderId).orElseThrow(() -> noTrader(traderId));
        notice.reportedByCountry = caller.country();
        notice.reportedBy = caller.name();
        notice.reportedAt = Instant.now(clock);
        notice.observedOn = request.observedOn();
        notice.reasons = request.reasons().stream()
                .distinct()
                .map(NonComplianceReason::code)
                .toList();
        notice.action = request.action().code();
        notice.goods = request.goods().strip();
        notice.pests = request.pests() == null
                ? List.of()
                : request.pests().stream().map(String::strip).distinct().toList();
        notice.consignmentReference = request.consignmentReference();
        notice.listingUrl = request.listingUrl();
        notice.note = request.note();
        notices.persist(notice);
        notices.flush();
        return NonComplianceNoticeView.of(notice);
    }

    /** The NPPO that recorded a notice withdraws it, with the reason; it stays, marked as withdrawn. */
    @Transactional
    public NonComplianceNoticeView withdraw(long traderId, long id, String reason) {
        NonComplianceNotice notice = find(traderId, id);
        // Read again under a row lock: of two withdrawals at once, the second sees the first.
        notices.getEntityManager().refresh(notice, LockModeType.PESSIMISTIC_WRITE);
        if (!notice.reportedByCountry.equals(caller.country())) {
            throw Problems.forbidden("Only the NPPO of %s, which recorded notice %d, withdraws it."
                    .formatted(notice.reportedByCountry, id));
        }
        if (notice.withdrawnAt != null) {
            throw Problems.conflict("Notice %d was withdrawn on %s.".formatted(id, notice.withdrawnAt));
        }
        notice.withdrawnAt = Instant.now(clock);
        notice.withdrawnBy = caller.name();
        notice.withdrawalReason = reason.strip();
        notices.flush();
        return NonComplianceNoticeView.of(notice);
    }

    public NonComplianceNoticeView read(long traderId, long id) {
        NonComplianceNotice notice = find(traderId, id);
        scope.requireReadable(notice.trader.countryCode);
        return NonComplianceNoticeView.of(notice);
    }

    private NonComplianceNotice find(long traderId, long id) {
        return notices.findOfTrader(traderId, id)
                .orElseThrow(
                        () -> Problems.notFound("Trader %d has no non-compliance notice %d.".formatted(traderId, id)));
    }

    /** A 404 unless the trader exists, a 403 unless the caller may read its records. */
    public void requireReadableTrader(long traderId) {
        scope.requireReadable(traders.findByIdOptional(traderId).orElseThrow(() -> noTrader(traderId)).countryCode);
    }

    private static RuntimeException noTrader(long traderId) {
        return Problems.notFound("There is no trader %d.".formatted(traderId));
    }
}
