package org.ippc.ecommerce.network.nomination;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An RPPO's nomination of a candidate to the expert network, and the Secretariat's decision. */
@Entity
public class Nomination {
    @Id
    @GeneratedValue
    @SequenceGenerator(name = "nomination_seq", allocationSize = 50)
    public Long id;

    public String rppoAcronym;
    public String nominatedBy;
    public Instant nominatedAt;
    public String justification;

    public String candidateEmail;
    public String candidateName;
    public String candidateTitle;
    public String candidatePosition;
    public String organizationName;
    public String organizationType;
    public String countryCode;
    public String candidatePhone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> expertise;

    public String summary;
    public String cvUrl;
    public String declarationOfInterests;
    public boolean commitmentSignedByCandidate;
    public boolean commitmentSignedByEmployer;
    public String commitmentDocumentUrl;
    public boolean publicListingConsent;
    public boolean contactConsent;
    public Instant consentGivenAt;

    public NominationStatus status;
    public String decidedBy;
    public Instant decidedAt;
    public String declineReason;
    public LocalDate termStart;
    public LocalDate termEnd;
    public Long expertId;
    public Instant erasedAt;

    @Version
    public long version;
}
