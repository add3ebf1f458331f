package org.ippc.ecommerce.resources.submission;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A technical resource contributed to the IPPC, from its submission to its publication. */
@Entity
public class ContributedResource {
    @Id
    @GeneratedValue
    @SequenceGenerator(name = "contributed_resource_seq", allocationSize = 50)
    public Long id;

    /** Language code to title. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> titles;

    /** Language code to summary. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> summaries;

    public String type;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> topics;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> commodityClasses;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> regions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> countries;

    public String providerName;
    public String providerType;
    public String author;
    public String contactEmail;
    public short publicationYear;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> urls;

    public Long gapId;
    public Long callId;
    public String contactLanguage;
    public boolean consentToPublish;
    public String contributorOrg;
    public String submittedBy;
    public Instant submittedAt;
    public ResourceStatus status;

    /** Why it was rejected or withdrawn, or what the contributor is asked to revise. */
    public String statusReason;

    public Instant publishedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> titleTokens;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> summaryTokens;

    @Version
    public long version;
}
