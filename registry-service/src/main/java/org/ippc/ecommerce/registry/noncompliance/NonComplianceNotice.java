package org.ippc.ecommerce.registry.noncompliance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ippc.ecommerce.registry.trader.Trader;

/** What an NPPO found wrong in one of a trader's consignments, and what it did about it; withdrawn, never changed. */
@Entity
public class NonComplianceNotice {
    @Id
    @GeneratedValue
    @SequenceGenerator(name = "non_compliance_notice_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trader_id")
    public Trader trader;

    public String reportedByCountry;
    public String reportedBy;
    public Instant reportedAt;
    public LocalDate observedOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> reasons;

    public String action;
    public String goods;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> pests;

    public String consignmentReference;
    public String listingUrl;
    public String note;
    public Instant withdrawnAt;
    public String withdrawnBy;
    public String withdrawalReason;
}
