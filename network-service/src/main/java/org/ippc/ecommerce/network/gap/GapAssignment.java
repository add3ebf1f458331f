package org.ippc.ecommerce.network.gap;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** An expert working on a gap, and by when they mean to have it filled. */
@Embeddable
public class GapAssignment {
    public long expertId;
    public LocalDate targetDate;
    public String assignedBy;
    public Instant assignedAt;
}
