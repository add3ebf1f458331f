package org.ippc.ecommerce.network.gap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
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

    /** The gap in a few words. */
    public String topic;

    /** Topic codes: the areas of expertise, which the catalogue's resources are described with too. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> topics;

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

    public Long filledByResourceId;

    @ElementCollection
    @CollectionTable(name = "gap_assignment", joinColumns = @JoinColumn(name = "gap_id"))
    @OrderBy("assignedAt")
    public List<GapAssignment> assignments = new ArrayList<>();

    @Version
    public long version;
}
