package org.ippc.ecommerce.registry.importjob;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ImportJob",
        description = "A CSV import of traders and how far it went. Counts grow while it runs; the outcome of each"
                + " line is listed at `lines` once it finished.")
public record ImportJobView(
        long id,

        @Schema(
                enumeration = {"queued", "running", "finished", "failed"},
                description = "finished: every line has its outcome, and `written` says whether the created"
                        + " and updated lines were written (a file with a rejected line writes nothing"
                        + " unless `partial`); failed: the import stopped and wrote nothing, `failure` says"
                        + " why")
        String status,

        @Schema(examples = "FR") String country,
        String submittedBy,
        Instant submittedAt,
        boolean dryRun,
        boolean partial,
        int linesRead,
        int linesChecked,
        int linesWritten,
        int created,
        int updated,
        int unchanged,
        int rejected,
        boolean written,
        @Schema(nullable = true) String failure,
        @Schema(nullable = true) Instant finishedAt,

        @Schema(description = "where the outcome of every line is listed", examples = "/v1/trader-imports/7/lines")
        String lines) {

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(
                job.id,
                job.status.code(),
                job.country,
                job.submittedBy,
                job.submittedAt,
                job.dryRun,
                job.partial,
                job.linesRead,
                job.linesChecked,
                job.linesWritten,
                job.created,
                job.updated,
                job.unchanged,
                job.rejected,
                job.written,
                job.failure,
                job.finishedAt,
                "/v1/trader-imports/%d/lines".formatted(job.id));
    }

    boolean unfinished() {
        return status.equals(ImportJobStatus.QUEUED.code()) || status.equals(ImportJobStatus.RUNNING.code());
    }
}
