package org.ippc.ecommerce.registry.requirement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A country's import requirement for a high-risk product over a period, from every origin or from some. */
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
    /** Empty: every origin. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> origins = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> conditions = new HashMap<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> documents = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Exemption> exemptions = new ArrayList<>();

    public String setBy;
    public Instant setAt;

    @Version
    public long version;

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }

    public boolean forEveryOrigin() {
        return origins.isEmpty();
    }

    /**
     * Of one product's requirements in force in one country, the one that applies to goods from the origin: the one
     * naming the origin, else the one for every origin (also when the origin is not known).
     */
    public static Optional<ImportRequirement> applicable(List<ImportRequirement> inForce, String origin) {
        Optional<ImportRequirement> named = origin == null
                ? Optional.empty()
                : inForce.stream().filter(r -> r.origins.contains(origin)).findFirst();
        return named.or(
                () -> inForce.stream().filter(ImportRequirement::forEveryOrigin).findFirst());
    }
}
