package org.ippc.ecommerce.network.initiative;

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

/** An e-commerce initiative under way in a region, recorded by its RPPO. */
@Entity
public class Initiative {
    @Id
    @GeneratedValue
    @SequenceGenerator(name = "initiative_seq", allocationSize = 50)
    public Long id;

    public String rppoAcronym;
    public String title;
    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> countries;

    public String leadOrganization;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> partnerOrganizations;

    public String type;
    public InitiativeStatus status;
    public LocalDate startDate;
    public LocalDate endDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> links;

    public String contact;
    public String source;
    public String recordedBy;
    public Instant recordedAt;

    @Version
    public long version;
}
