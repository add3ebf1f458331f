package org.ippc.ecommerce.resources.review;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;

/** A network expert assigned to review a resource, and their current recommendation. */
@Entity
@IdClass(ReviewAssignment.Key.class)
public class ReviewAssignment {
    @Id
    public long resourceId;

    @Id
    public long expertId;

    public Instant assignedAt;
    public String assignedBy;
    public String recommendation;
    public String comment;
    public Instant recommendedAt;

    public record Key(long resourceId, long expertId) implements Serializable {}
}
