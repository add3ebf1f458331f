package org.ippc.ecommerce.resources.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ippc.ecommerce.resources.review.ResourceStatusChanged;
import org.ippc.ecommerce.resources.submission.PublishedResourceCorrected;

/**
 * The catalogue's revision as this instance last read it. Every public answer is tagged with it, and reading it from
 * the database for each request cost two-fifths of a kept page or of a 304 (measured). So a reading is reused until it
 * is older than {@code ippc.catalogue.revision-max-age}, and dropped as soon as this instance commits a publication, a
 * withdrawal or a correction of a published resource: this instance shows its own changes at once, and a change made through another instance within that
 * age, well inside the minute of {@code max-age} the public answers give browsers and caches anyway.
 */
@ApplicationScoped
public class CatalogueRevision {
    /** What was read, when, and under which generation of local changes. */
    private record Reading(long revision, long readAtNanos, long generation) {}

    private final CatalogueRepository repository;
    private final long maxAgeNanos;
    /** Moves with each change this instance commits; a reading taken under an older generation is not used. */
    private final AtomicLong generation = new AtomicLong();

    private volatile Reading last = new Reading(0, 0, -1);

    CatalogueRevision(
            CatalogueRepository repository, @ConfigProperty(name = "ippc.catalogue.revision-max-age") Duration maxAge) {
        this.repository = repository;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The revision, from the last reading while it is recent and no local change came after it. */
    public long current() {
        OptionalLong recent = recent();
        if (recent.isPresent()) {
            return recent.getAsLong();
        }
        long now = System.nanoTime();
        long currentGeneration = generation.get();
        long revision = repository.revision();
        // A change committed during the read moves the generation, so this reading is never used after it.
        last = new Reading(revision, now, currentGeneration);
        return revision;
    }

    /** The last reading while it may be used, without asking the database: empty when {@link #current()} would. */
    public OptionalLong recent() {
        Reading reading = last;
        return reading.generation() == generation.get() && System.nanoTime() - reading.readAtNanos() < maxAgeNanos
                ? OptionalLong.of(reading.revision())
                : OptionalLong.empty();
    }

    void statusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResourceStatusChanged change) {
        if (change.changesWhatThePublicSees()) {
            generation.incrementAndGet();
        }
    }

    void publishedCorrected(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublishedResourceCorrected correction) {
        generation.incrementAndGet();
    }
}
