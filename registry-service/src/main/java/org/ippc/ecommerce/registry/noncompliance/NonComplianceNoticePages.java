package org.ippc.ecommerce.registry.noncompliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ippc.ecommerce.platform.Cursor;

/** Keyset pages of notices, for one trader or across the registry. */
@ApplicationScoped
public class NonComplianceNoticePages {
    private final NonComplianceNoticeRepository notices;

    NonComplianceNoticePages(NonComplianceNoticeRepository notices) {
        this.notices = notices;
    }

    public NonComplianceNoticePage page(
            Long traderId, String traderCountry, String reportedByCountry, String cursor, int limit) {
        List<NonComplianceNotice> page =
                notices.page(traderId, traderCountry, reportedByCountry, Cursor.afterId(cursor), limit + 1);
        String next = page.size() > limit ? Cursor.of(page.get(limit - 1).id) : null;
        return new NonComplianceNoticePage(
                page.stream().limit(limit).map(NonComplianceNoticeView::of).toList(), next);
    }
}
