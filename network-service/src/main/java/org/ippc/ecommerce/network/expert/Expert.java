package org.ippc.ecommerce.network.expert;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member of the e-commerce expert network, created when the Secretariat accepts a nomination. */
@Entity
public class Expert {
    @Id
    @GeneratedValue
    @SequenceGenerator(name = "expert_seq", allocationSize = 50)
    public Long id;

    public String email;
    public String name;
    public String title;
    public String position;
    public String organizationName;
    public String organizationType;
    public String countryCode;
    public String phone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> expertise;

    public String summary;
    public String cvUrl;
    public String declarationOfInterests;
    public boolean publicListingConsent;
    public boolean contactConsent;
    public Instant consentAt;
    public ExpertStatus status;
    public LocalDate termStart;
    public LocalDate termEnd;
    public Instant erasedAt;

    /** Who proposed an expert the Secretariat appointed directly; null for an expert nominated by RPPOs. */
    public String proposedBy;

    @ElementCollection
    @CollectionTable(name = "expert_rppo", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "rppo_acronym")
    public Set<String> rppos = new TreeSet<>();

    @Version
    public long version;

    public boolean isPubliclyListed() {
        return status == ExpertStatus.ACTIVE && publicListingConsent && erasedAt == null;
    }
}
