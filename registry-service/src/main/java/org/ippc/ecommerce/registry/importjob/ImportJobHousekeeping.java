package org.ippc.ecommerce.registry.importjob;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ippc.ecommerce.platform.SingleReplicaJobs;
import org.jboss.logging.Logger;

/**
 * Marks failed the jobs whose replica stopped beating their heartbeat (it crashed or was killed: their lines,
 * written in one transaction, were not written), and forgets jobs that ended long ago.
 */
@ApplicationScoped
public class ImportJobHousekeeping {
    static final String INTERRUPTED =
            "The service stopped while the job ran, so nothing was written; submit the file again.";
    private static final Logger LOG = Logger.getLogger(ImportJobHousekeeping.class);

    private final ImportJobRepository jobs;
    private final SingleReplicaJobs singleReplica;
    private final Clock clock;
    private final Duration presumedStoppedAfter;
    private final Duration keepFor;

    ImportJobHousekeeping(
            ImportJobRepository jobs,
            SingleReplicaJobs singleReplica,
            Clock clock,
            @ConfigProperty(name = "ippc.import-jobs.presumed-stopped-after") Duration presumedStoppedAfter,
            @ConfigProperty(name = "ippc.import-jobs.keep-for") Duration keepFor) {
        this.jobs = jobs;
        this.singleReplica = singleReplica;
        this.clock = clock;
        this.presumedStoppedAfter = presumedStoppedAfter;
        this.keepFor = keepFor;
    }

    @Scheduled(every = "${ippc.import-jobs.sweep-every}")
    void onSchedule() {
        singleReplica.runAlone("trader-import-job-housekeeping", this::sweep);
    }

    @Transactional
    public void sweep() {
        Instant now = Instant.now(clock);
        int interrupted = jobs.failUnbeatenSince(now.minus(presumedStoppedAfter), now, INTERRUPTED);
        long forgotten = jobs.deleteEndedBefore(now.minus(keepFor));
        if (interrupted > 0 || forgotten > 0) {
            LOG.infof(
                    "Import jobs: %d interrupted marked failed, %d ended before %s forgotten",
                    interrupted, forgotten, now.minus(keepFor));
        }
    }
}
