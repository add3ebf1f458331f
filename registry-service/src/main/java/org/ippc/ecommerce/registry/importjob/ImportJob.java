package org.ippc.ecommerce.registry.importjob;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A CSV import of traders submitted by an NPPO, and how far it went. */
@Entity
@Table(name = "trader_import_job")
public class ImportJob {
    @Id
    @GeneratedValue
    @SequenceGenerator(name = "trader_import_job_seq", allocationSize = 50)
    public Long id;

    public String country;
    public String submittedBy;
    public Instant submittedAt;
    public boolean dryRun;
    public boolean partial;
    public ImportJobStatus status;
    public int linesRead;
    public int linesChecked;
    public int linesWritten;
    public int created;
    public int updated;
    public int unchanged;
    public int rejected;
    public boolean written;
    public String failure;
    public Instant heartbeatAt;
    public Instant finishedAt;
}
