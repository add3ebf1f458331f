package org.ippc.ecommerce.platform;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Idempotency keys are kept {@code ippc.idempotency.keep-for} (24 hours unless configured): long enough for any
 * client's retries, not forever. An expired key is a new request; the purge deletes expired keys on one replica.
 */
@ApplicationScoped
public class IdempotencyKeyExpiry {
    static final String KEEP_FOR = "ippc.idempotency.keep-for";
    static final String KEEP_FOR_DEFAULT = "PT24H";

    private final IdempotentRequests requests;
    private final SingleReplicaJobs jobs;
    private final Clock clock;
    private final Duration keepFor;

    IdempotencyKeyExpiry(
            IdempotentRequests requests,
            SingleReplicaJobs jobs,
            Clock clock,
            @ConfigProperty(name = KEEP_FOR, defaultValue = KEEP_FOR_DEFAULT) Duration keepFor) {
        this.requests = requests;
        this.jobs = jobs;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    boolean expired(IdempotentRequest request) {
        return request.createdAt.isBefore(oldestKept());
    }

    @Scheduled(every = "${ippc.idempotency.purge-every:1h}", delayed = "1m")
    void onSchedule() {
        purge();
    }

    /** Deletes the expired keys, unless another replica is doing so; answers how many it deleted. */
    public long purge() {
        long[] deleted = {0};
        jobs.runAlone("idempotency-key-expiry", () -> deleted[0] = requests.delete("createdAt < ?1", oldestKept()));
        return deleted[0];
    }

    private Instant oldestKept() {
        return Instant.now(clock).minus(keepFor);
    }
}
