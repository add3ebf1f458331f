package org.ippc.ecommerce.registry.importjob;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.KeysetPage;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.registry.trader.TraderImport;

/** Import jobs: submitted by an NPPO, read by that NPPO while they run and after. */
@ApplicationScoped
public class ImportJobs {
    private final ImportJobRepository jobs;
    private final ImportJobRunner runner;
    private final Caller caller;
    private final Clock clock;

    ImportJobs(ImportJobRepository jobs, ImportJobRunner runner, Caller caller, Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.caller = caller;
        this.clock = clock;
    }

    /** Spools the file, refuses it at once when its header is unreadable, and queues the job. */
    public ImportJobView submit(InputStream body, Charset charset, boolean dryRun, boolean partial) {
        String country = caller.country();
        Path spooled = TraderImport.spool(body);
        try {
            TraderImport.requireReadableHeader(spooled, charset);
            ImportJob job = QuarkusTransaction.requiringNew().call(() -> queued(country, dryRun, partial));
            runner.start(job, spooled, charset);
            return ImportJobView.of(job);
        } catch (RuntimeException e) {
            TraderImport.delete(spooled);
            throw e;
        }
    }

    public ImportJobView read(long id) {
        return ImportJobView.of(inScope(id));
    }

    /** The outcome of the lines of a finished job, with one outcome or any. */
    public KeysetPage<TraderImport.Line> lines(long id, String outcome, String cursor, int limit) {
        ImportJob job = inScope(id);
        if (job.status == ImportJobStatus.QUEUED || job.status == ImportJobStatus.RUNNING) {
            throw Problems.conflict(
                    "Import job %d is %s; its lines are listed once it finished.".formatted(id, job.status));
        }
        return KeysetPage.fetch(
                cursor, limit, (after, size) -> jobs.lines(id, outcome, after, size), TraderImport.Line::line, l -> l);
    }

    private ImportJob queued(String country, boolean dryRun, boolean partial) {
        ImportJob job = new ImportJob();
        job.country = country;
        job.submittedBy = caller.name();
        job.submittedAt = Instant.now(clock);
        job.heartbeatAt = job.submittedAt;
        job.dryRun = dryRun;
        job.partial = partial;
        job.status = ImportJobStatus.QUEUED;
        jobs.persist(job);
        return job;
    }

    private ImportJob inScope(long id) {
        ImportJob job =
                jobs.findByIdOptional(id).orElseThrow(() -> Problems.notFound("No import job %d.".formatted(id)));
        if (!job.country.equals(caller.country())) {
            throw Problems.forbidden("Import job %d is one of the NPPO of %s.".formatted(id, job.country));
        }
        return job;
    }
}
