package org.ippc.ecommerce.registry.trader;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An e-commerce trader established in a country and registered by its NPPO. Never deleted. */
@Entity
public class Trader {
    /**
     * Every column this entity maps, in the order the import's COPY writes a row and the reader selects one;
     * {@code TraderColumnsTest} checks them against Hibernate's mapping.
     */
    static final List<String> COLUMNS = List.of(
            "id",
            "registration_number",
            "national_register_number",
            "legal_name",
            "trading_names",
            "country_code",
            "address",
            "contact_email",
            "contact_phone",
            "business_register_number",
            "product_classes",
            "ship_to_countries",
            "status",
            "status_reason",
            "compliance_notes",
            "created_at",
            "created_by",
            "version");

    @Id
    @GeneratedValue
    @SequenceGenerator(name = "trader_seq", allocationSize = 50)
    public Long id;

    public String registrationNumber;
    public String nationalRegisterNumber;
    public String legalName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tradingNames;

    public String countryCode;
    public String address;
    public String contactEmail;
    public String contactPhone;
    public String businessRegisterNumber;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> productClasses;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> shipToCountries;

    public TraderStatus status;
    public String statusReason;
    public String complianceNotes;
    public Instant createdAt;
    public String createdBy;

    @OneToMany(mappedBy = "trader", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<OnlinePresence> presences = new ArrayList<>();

    @Version
    public long version;
}
