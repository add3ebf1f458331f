package org.ippc.ecommerce.registry.importjob;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.ippc.ecommerce.platform.CopyRows;
import org.ippc.ecommerce.registry.trader.TraderImport;

@ApplicationScoped
public class ImportJobRepository implements PanacheRepository<ImportJob> {

    /** Records how far an unfinished job went and that its replica still runs it. */
    void beat(long id, ImportJobProgress.Counts counts, Instant now) {
        update(
                "status = ?1, heartbeatAt = ?2, linesRead = ?3, linesChecked = ?4, linesWritten = ?5, created = ?6,"
                        + " updated = ?7, unchanged = ?8, rejected = ?9 where id = ?10 and status in ?11",
                counts.started() ? ImportJobStatus.RUNNING : ImportJobStatus.QUEUED,
                now,
                counts.read(),
                counts.checked(),
                counts.written(),
                counts.created(),
                counts.updated(),
                counts.unchanged(),
                counts.rejected(),
                id,
                List.of(ImportJobStatus.QUEUED, ImportJobStatus.RUNNING));
    }

    /** Marks failed the unfinished jobs no replica beat since a time; answers how many. */
    int failUnbeatenSince(Instant since, Instant now, String failure) {
        return update(
                "status = ?1, failure = ?2, finishedAt = ?3 where status in ?4 and heartbeatAt < ?5",
                ImportJobStatus.FAILED,
                failure,
                now,
                List.of(ImportJobStatus.QUEUED, ImportJobStatus.RUNNING),
                since);
    }

    /** Deletes, with their lines, the jobs that ended before a time; answers how many. */
    long deleteEndedBefore(Instant before) {
        return delete("finishedAt < ?1", before);
    }

    /** Keeps the outcome of every line of a job, in the current transaction. */
    void saveLines(long jobId, List<TraderImport.Line> lines) {
        CopyRows.copy(
                getEntityManager(),
                "trader_import_job_line (job_id, line, outcome, registration_number, column_name, reason)",
                rows -> lines.forEach(line -> rows.add(
                        jobId, line.line(), line.outcome(), line.registrationNumber(), line.column(), line.reason())));
    }

    /** The lines after a line number, with an outcome or any. */
    List<TraderImport.Line> lines(long jobId, String outcome, long afterLine, int size) {
        return getEntityManager()
                .createNativeQuery(
                        "select line, outcome, registration_number, column_name, reason from trader_import_job_line"
                                + " where job_id = ?1 and line > ?2 and (cast(?3 as text) is null or outcome = ?3)"
                                + " order by line limit ?4",
                        TraderImport.Line.class)
                .setParameter(1, jobId)
                .setParameter(2, afterLine)
                .setParameter(3, outcome)
                .setParameter(4, size)
                .getResultList()
                .stream()
                .map(TraderImport.Line.class::cast)
                .toList();
    }
}
