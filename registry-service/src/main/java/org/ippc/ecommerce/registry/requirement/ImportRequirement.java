package org.ippc.ecommerce.registry.requirement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A country's import requirement for a high-risk product over a period. */
@Entity
public class ImportRequirement {
    @Id
    @GeneratedValue
    @SequenceGenerator(name = "import_requirement_seq", allocationSize = 50)
    public Long id;

    public long productId;
    public String countryCode;
    public RequirementStatus status;
    public String legalBasis;
    public String url;
    public LocalDate effectiveFrom;
    public LocalDate effectiveTo;
    public String setBy;
    public Instant setAt;

    @Version
    public long version;

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }
}
