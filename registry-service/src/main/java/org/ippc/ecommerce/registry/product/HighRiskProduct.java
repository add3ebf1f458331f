package org.ippc.ecommerce.registry.product;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/** A product of concern that can be bought online, on the list curated by the Secretariat. */
@Entity
public class HighRiskProduct {
    @Id
    @GeneratedValue
    @SequenceGenerator(name = "high_risk_product_seq", allocationSize = 50)
    public Long id;

    public String name;
    public String description;
    public String commodityClass;
    public Instant createdAt;
    public String createdBy;

    @Version
    public long version;
}
