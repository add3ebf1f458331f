package org.ippc.ecommerce.registry.noncompliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NonComplianceNotice",
        description = "What an NPPO found wrong in a trader's consignment (as ISPM 13 notifies it), and what it did.")
public record NonComplianceNoticeView(
        long id,
        long traderId,
        @Schema(examples = "FR-0012345") String registrationNumber,
        String legalName,

        @Schema(description = "the trader's country", examples = "FR")
        String traderCountry,

        @Schema(description = "the country of the NPPO that found it", examples = "AU")
        String reportedByCountry,

        String reportedBy,
        Instant reportedAt,
        LocalDate observedOn,
        List<String> reasons,
        String action,
        String goods,
        List<String> pests,
        @Schema(nullable = true) String consignmentReference,
        @Schema(nullable = true) String listingUrl,
        @Schema(nullable = true) String note,

        @Schema(nullable = true, description = "when the NPPO that recorded it withdrew it")
        Instant withdrawnAt,

        @Schema(nullable = true) String withdrawalReason) {

    static NonComplianceNoticeView of(NonComplianceNotice notice) {
        return new NonComplianceNoticeView(
                notice.id,
                notice.trader.id,
                notice.trader.registrationNumber,
                notice.trader.legalName,
                notice.trader.countryCode,
                notice.reportedByCountry,
                notice.reportedBy,
                notice.reportedAt,
                notice.observedOn,
                notice.reasons,
                notice.action,
                notice.goods,
                notice.pests,
                notice.consignmentReference,
                notice.listingUrl,
                notice.note,
                notice.withdrawnAt,
                notice.withdrawalReason);
    }
}
