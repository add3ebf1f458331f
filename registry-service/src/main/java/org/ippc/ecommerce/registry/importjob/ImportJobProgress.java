package org.ippc.ecommerce.registry.importjob;

import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ippc.ecommerce.registry.trader.TraderImport;

/**
 * The counts of one job as its import reports them, read by the heartbeat; at the end, the job's final state
 * and lines, recorded in the transaction that writes the traders.
 */
final class ImportJobProgress implements TraderImport.Progress {
    record Counts(
            boolean started,
            int read,
            int checked,
            int written,
            int created,
            int updated,
            int unchanged,
            int rejected) {}

    private final long jobId;
    private final ImportJobRepository jobs;
    private final Clock clock;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger checked = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();

    ImportJobProgress(long jobId, ImportJobRepository jobs, Clock clock) {
        this.jobId = jobId;
        this.jobs = jobs;
        this.clock = clock;
    }

    long jobId() {
        return jobId;
    }

    void start() {
        started.set(true);
    }

    Counts counts() {
        return new Counts(
                started.get(),
                read.get(),
                checked.get(),
                written.get(),
                created.get(),
                updated.get(),
                unchanged.get(),
                rejected.get());
    }

    @Override
    public void read(int lines) {
        read.addAndGet(lines);
    }

    @Override
    public void checked(List<TraderImport.Line> lines) {
        for (TraderImport.Line line : lines) {
            switch (line.outcome()) {
                case "created" -> created.incrementAndGet();
                case "updated" -> updated.incrementAndGet();
                case "unchanged" -> unchanged.incrementAndGet();
                default -> rejected.incrementAndGet();
            }
        }
        checked.addAndGet(lines.size());
    }

    @Override
    public void written(int lines) {
        written.addAndGet(lines);
    }

    @Override
    public void completed(TraderImport.Report report) {
        ImportJob job = jobs.findById(jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job.status == ImportJobStatus.FAILED) {
            // Its heartbeat stopped for so long that it was taken for interrupted: it must not write now.
            throw new IllegalStateException("Import job %d was marked failed while it ran".formatted(jobId));
        }
        job.status = ImportJobStatus.FINISHED;
        job.linesRead = report.lines();
        job.linesChecked = report.lines();
        job.linesWritten = report.written() ? report.created() + report.updated() : 0;
        job.created = report.created();
        job.updated = report.updated();
        job.unchanged = report.unchanged();
        job.rejected = report.rejected();
        job.written = report.written();
        job.finishedAt = Instant.now(clock);
        job.heartbeatAt = job.finishedAt;
        jobs.saveLines(jobId, report.results());
    }
}
