package org.ippc.ecommerce.registry.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A change whose delivery failed every attempt; the subscriber reads it and replays it. */
@Entity
@Table(name = "webhook_dead_letter")
@IdClass(DeadLetter.Key.class)
public class DeadLetter {
    @Id
    public long subscriptionId;

    @Id
    public long position;

    public int attempts;
    public String lastError;
    public Instant deadAt;

    public record Key(long subscriptionId, long position) implements Serializable {}
}
