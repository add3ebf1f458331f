-- Every change to a record: who, in which role, when, what changed (field -> [before, after]), why.
create table record_history (
    id          bigint generated always as identity primary key,
    record_type varchar(32)  not null,
    record_id   bigint       not null,
    action      varchar(32)  not null,
    actor       varchar(200) not null,
    actor_role  varchar(32)  not null,
    at          timestamptz  not null,
    changes     jsonb        not null,
    reason      varchar(2000)
);
create index record_history_record on record_history (record_type, record_id, id);

-- Creates answered once per Idempotency-Key and caller: a retry gets the first answer back.
create table idempotent_request (
    idempotency_key varchar(200) not null,
    caller          varchar(200) not null,
    request_hash    varchar(64)  not null,
    status          smallint     not null,
    location        varchar(500),
    response        text         not null,
    created_at      timestamptz  not null,
    primary key (caller, idempotency_key)
);
