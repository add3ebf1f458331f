package org.ippc.ecommerce.resources.call;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A call for existing technical resources, open until its deadline (inclusive). */
@Entity
public class CallForResources {
    @Id
    @GeneratedValue
    @SequenceGenerator(name = "call_for_resources_seq", allocationSize = 50)
    public Long id;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> titles;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> texts;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> topics;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> regions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> commodityClasses;

    public LocalDate deadline;
    public String openedBy;
    public Instant openedAt;

    @Version
    public long version;

    public boolean isOpenOn(LocalDate day) {
        return !day.isAfter(deadline);
    }
}
