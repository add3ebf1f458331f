package org.ippc.ecommerce.registry.noncompliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.ippc.ecommerce.platform.KeysetPage;

/** Keyset pages of notices, for one trader or across the registry. */
@ApplicationScoped
public class NonComplianceNoticePages {
    private final NonComplianceNoticeRepository notices;

    NonComplianceNoticePages(NonComplianceNoticeRepository notices) {
        this.notices = notices;
    }

    public NonComplianceNoticePage page(
            Long traderId, Set<String> traderCountries, String reportedByCountry, String cursor, int limit) {
        KeysetPage<NonComplianceNoticeView> page = KeysetPage.fetch(
                cursor,
                limit,
                (afterId, size) -> notices.page(traderId, traderCountries, reportedByCountry, afterId, size),
                notice -> notice.id,
                NonComplianceNoticeView::of);
        return new NonComplianceNoticePage(page.items(), page.next());
    }
}
