package org.ippc.ecommerce.network.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/** An organization experts, initiatives and resources belong to: NPPO, RPPO, industry, academia... */
@Entity
public class Organization {
    @Id
    @GeneratedValue
    @SequenceGenerator(name = "organization_seq", allocationSize = 50)
    public Long id;

    public String name;
    public OrganizationType type;
    public String countryCode;
    public String website;
    public Instant createdAt;
    public String createdBy;

    @Version
    public long version;
}
