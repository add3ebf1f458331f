-- A CSV import of traders can run as a job: the NPPO posts the file, is answered at once, and follows the job
-- while it checks and writes the lines. A replica beats its running jobs' heartbeat; a job whose heartbeat
-- stopped (the replica crashed) is marked failed, and its lines, written in one transaction, are not written.
create sequence trader_import_job_seq increment by 50;

create table trader_import_job (
    id             bigint primary key,
    country        varchar(2)    not null,
    submitted_by   varchar(200)  not null,
    submitted_at   timestamptz   not null,
    dry_run        boolean       not null,
    partial        boolean       not null,
    status         varchar(10)   not null check (status in ('queued', 'running', 'finished', 'failed')),
    lines_read     integer       not null default 0,
    lines_checked  integer       not null default 0,
    lines_written  integer       not null default 0,
    created        integer       not null default 0,
    updated        integer       not null default 0,
    unchanged      integer       not null default 0,
    rejected       integer       not null default 0,
    written        boolean       not null default false,
    failure        text,
    heartbeat_at   timestamptz   not null,
    finished_at    timestamptz
);
create index trader_import_job_country on trader_import_job (country, id);
create index trader_import_job_unfinished on trader_import_job (heartbeat_at) where status in ('queued', 'running');
create index trader_import_job_finished on trader_import_job (finished_at);

-- What became of each line, kept with its job.
create table trader_import_job_line (
    job_id               bigint        not null references trader_import_job (id) on delete cascade,
    line                 integer       not null,
    outcome              varchar(10)   not null,
    registration_number  text,
    column_name          text,
    reason               text,
    primary key (job_id, line)
);
