package org.ippc.ecommerce.platform;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to a record: who, in which role, when, what changed and why. Never updated. */
@Entity
@Immutable // never updated: spares every flush the dirty check of the JSON changes, which bulk imports feel
@Table(name = "record_history")
public class HistoryEntry {
    @Id
    @GeneratedValue
    @SequenceGenerator(name = "record_history_seq", allocationSize = 50)
    public Long id;

    public String recordType;
    public long recordId;
    public String action;
    public String actor;
    public String actorRole;
    public Instant at;

    /** Field name to {@code [before, after]}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object[]> changes;

    public String reason;
}
