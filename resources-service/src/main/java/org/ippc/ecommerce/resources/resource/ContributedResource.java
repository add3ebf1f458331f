package org.ippc.ecommerce.resources.resource;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/** A technical resource on e-commerce contributed by an organization, on its way to the catalogue. */
@Entity
public class ContributedResource {
    @Id
    @GeneratedValue
    @SequenceGenerator(name = "contributed_resource_seq", allocationSize = 50)
    public Long id;

    public String title;
    public String summary;
    public String language;
    public String type;
    public String url;
    public boolean consentToPublish;
    public String contributorOrg;
    public String status;
    public Instant submittedAt;
    public String submittedBy;

    @Version
    public long version;
}
