package org.ippc.ecommerce.network.gap;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A need for technical material identified by the network; contributed resources may fill it. */
@Entity
public class ResourceGap {
    @Id
    @GeneratedValue
    @SequenceGenerator(name = "resource_gap_seq", allocationSize = 50)
    public Long id;

    public String topic;
    public String description;
    public String commodityClass;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> regions;

    public String priority;
    public GapStatus status;
    public String proposedBy;
    public String proposerRole;
    public Instant proposedAt;

    @Version
    public long version;
}
