package org.ippc.ecommerce.registry.importjob;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ippc.ecommerce.registry.trader.TraderImport;
import org.jboss.logging.Logger;

/**
 * Runs the import jobs this replica accepted, one at a time in submission order, as the NPPO that submitted each,
 * and beats the heartbeat of those it holds so that no other replica takes them for interrupted.
 */
@ApplicationScoped
public class ImportJobRunner {
    private static final Logger LOG = Logger.getLogger(ImportJobRunner.class);

    private final TraderImport importer;
    private final ImportJobRepository jobs;
    private final CurrentIdentityAssociation identities;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("trader-import-job").factory());
    private final Map<Long, ImportJobProgress> held = new ConcurrentHashMap<>();

    ImportJobRunner(
            TraderImport importer, ImportJobRepository jobs, CurrentIdentityAssociation identities, Clock clock) {
        this.importer = importer;
        this.jobs = jobs;
        this.identities = identities;
        this.clock = clock;
    }

    /** Queues a job whose file is spooled; the runner deletes the file when the job ends. */
    void start(ImportJob job, Path spooled, Charset charset) {
        SecurityIdentity submitter = identities.getIdentity();
        ImportJobProgress progress = new ImportJobProgress(job.id, jobs, clock);
        held.put(job.id, progress);
        worker.execute(() -> run(progress, submitter, spooled, charset, job.dryRun, job.partial));
    }

    @Scheduled(every = "${ippc.import-jobs.heartbeat-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void beat() {
        if (!held.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> held.values().forEach(this::beat));
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void beat(ImportJobProgress progress) {
        jobs.beat(progress.jobId(), progress.counts(), Instant.now(clock));
    }

    private void run(
            ImportJobProgress progress,
            SecurityIdentity submitter,
            Path spooled,
            Charset charset,
            boolean dryRun,
            boolean partial) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            identities.setIdentity(submitter);
            progress.start();
            QuarkusTransaction.requiringNew().run(() -> beat(progress));
            importer.run(spooled, charset, dryRun, partial, progress);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %d failed", progress.jobId());
            String failure = e instanceof HttpProblem problem
                    ? problem.getDetail()
                    : "The import stopped on an error of the service (%s); nothing was written."
                            .formatted(e.getClass().getSimpleName());
            QuarkusTransaction.requiringNew().run(() -> fail(progress.jobId(), failure));
        } finally {
            held.remove(progress.jobId());
            TraderImport.delete(spooled);
            request.terminate();
        }
    }

    private void fail(long jobId, String failure) {
        ImportJob job = jobs.findById(jobId);
        job.status = ImportJobStatus.FAILED;
        job.failure = failure;
        job.finishedAt = Instant.now(clock);
    }
}
