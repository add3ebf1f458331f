package org.ippc.ecommerce.platform;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;

/** The first answer to a create sent with an Idempotency-Key, kept to answer its retries. */
@Entity
@IdClass(IdempotentRequest.Key.class)
public class IdempotentRequest {
    @Id
    public String idempotencyKey;

    @Id
    public String caller;

    public String requestHash;
    public short status;
    public String location;
    public String response;
    public Instant createdAt;

    public record Key(String idempotencyKey, String caller) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
