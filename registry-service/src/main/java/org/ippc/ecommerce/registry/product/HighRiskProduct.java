package org.ippc.ecommerce.registry.product;

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
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ippc.ecommerce.platform.Translated;

/** A product of concern that can be bought online, on the list curated by the Secretariat. */
@Entity
public class HighRiskProduct {
    @Id
    @GeneratedValue
    @SequenceGenerator(name = "high_risk_product_seq", allocationSize = 50)
    public Long id;

    public String name;

    /** The name in ar, es, fr, ru or zh; {@link #name} is the English one. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> translatedNames = new TreeMap<>();

    public String description;
    public String commodityClass;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<HsCode> hsCodes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Taxon> taxa = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Taxon> pests = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<SearchTerm> terms = new ArrayList<>();

    public ProductStatus status = ProductStatus.LISTED;
    public String statusReason;
    public Instant createdAt;
    public String createdBy;

    @Version
    public long version;

    /** The name in {@code language}, or the English name when the Secretariat has not given one in it. */
    public Translated nameIn(String language) {
        return Translated.in(language, name, translatedNames);
    }
}
