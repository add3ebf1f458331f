-- Who screened how many items when, and the verdicts per destination: no listing text is kept.
create table screening_run (
    id           bigint generated always as identity primary key,
    screened_by  varchar(200) not null,
    screener_role varchar(32) not null,
    org          varchar(200),
    at           timestamptz  not null,
    item_count   integer      not null
);
create index screening_run_at on screening_run (at);

create table screening_tally (
    run_id              bigint      not null references screening_run (id),
    destination_country varchar(2)  not null,
    verdict             varchar(16) not null check (verdict in ('prohibited', 'needs-documents', 'review', 'clear')),
    items               integer     not null,
    primary key (run_id, destination_country, verdict)
);
