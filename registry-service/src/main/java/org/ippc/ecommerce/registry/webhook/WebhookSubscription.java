package org.ippc.ecommerce.registry.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An organization's subscription to the change feed, with where its delivery stands. */
@Entity
public class WebhookSubscription {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String org;
    public String url;

    /** {@code whsec_} and the base64 of the signing key (Standard Webhooks). */
    public String secret;

    /** The change types delivered; empty: every type. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> types = new ArrayList<>();

    /** The feed position up to which every change was delivered or put in the dead-letter list. */
    public long deliveredThrough;

    /** Failed attempts at the next change. */
    public int attempts;

    public Instant nextAttemptAt;
    public String lastError;
    public Instant createdAt;
}
