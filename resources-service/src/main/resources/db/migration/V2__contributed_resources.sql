create sequence contributed_resource_seq increment by 50;

-- A technical resource contributed to the IPPC: one row from submission to publication.
create table contributed_resource (
    id                 bigint primary key,
    titles             jsonb         not null,  -- language -> title
    summaries          jsonb         not null,  -- language -> summary
    type               varchar(32)   not null,
    languages          varchar(2)[]  not null,
    topics             varchar(32)[] not null,
    commodity_classes  varchar(32)[] not null,
    regions            varchar(32)[] not null,
    countries          varchar(2)[]  not null,
    provider_name      varchar(300)  not null,
    provider_type      varchar(32)   not null,
    author             varchar(300),
    contact_email      varchar(320)  not null,
    publication_year   smallint      not null,
    urls               varchar(2000)[] not null,
    gap_id             bigint,
    consent_to_publish boolean       not null,
    contributor_org    varchar(200)  not null,
    submitted_by       varchar(200)  not null,
    submitted_at       timestamptz   not null,
    status             varchar(32)   not null,
    status_reason      varchar(4000),
    published_at       timestamptz,
    -- Search tokens made by the service (words folded to their base letters; Chinese and
    -- Japanese as character pairs), so that search works the same in every language.
    title_tokens       text[]        not null,
    summary_tokens     text[]        not null,
    title_search       tsvector generated always as (array_to_tsvector(title_tokens)) stored,
    all_search         tsvector generated always as (array_to_tsvector(title_tokens || summary_tokens)) stored,
    version            bigint        not null default 0
);

-- An organization submits a resource (by its first URL) once.
create unique index contributed_resource_org_url on contributed_resource (contributor_org, (urls[1]));
create index contributed_resource_org on contributed_resource (contributor_org, id);
create index contributed_resource_status on contributed_resource (status, id);

-- The public catalogue reads only published rows.
create index published_resource_posted on contributed_resource (published_at desc, id desc) where status = 'published';
create index published_resource_year on contributed_resource (publication_year desc, id desc) where status = 'published';
create index published_resource_search on contributed_resource using gin (all_search) where status = 'published';
create index published_resource_filters on contributed_resource
    using gin (languages, topics, commodity_classes, regions, countries) where status = 'published';

-- Reviewers assigned to a resource and their current recommendation.
create table review_assignment (
    resource_id    bigint       not null references contributed_resource (id),
    expert_id      bigint       not null,
    assigned_at    timestamptz  not null,
    assigned_by    varchar(200) not null,
    recommendation varchar(16),
    comment        varchar(4000),
    recommended_at timestamptz,
    primary key (resource_id, expert_id)
);
create index review_assignment_expert on review_assignment (expert_id, resource_id);

-- The catalogue's revision: moved by every change to what the public sees, so that the public
-- answers' ETags are checked with one row read, before any search runs.
create table catalogue_revision (
    id       smallint primary key check (id = 1),
    revision bigint not null
);
insert into catalogue_revision (id, revision) values (1, 0);

-- Every change to a record: who, in which role, when, what changed (field -> [before, after]), why.
create sequence record_history_seq increment by 50;
create table record_history (
    id          bigint primary key,
    record_type varchar(32)  not null,
    record_id   bigint       not null,
    action      varchar(32)  not null,
    actor       varchar(200) not null,
    actor_role  varchar(32)  not null,
    at          timestamptz  not null,
    changes     jsonb        not null,
    reason      varchar(4000)
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

-- Whatever path changes what the public sees moves the catalogue's revision.
create function move_catalogue_revision() returns trigger language plpgsql as $$
begin
    if new.status = 'published' or (tg_op = 'UPDATE' and old.status = 'published') then
        update catalogue_revision set revision = revision + 1 where id = 1;
    end if;
    return null;
end
$$;
create trigger contributed_resource_catalogue_revision
    after insert or update on contributed_resource
    for each row execute function move_catalogue_revision();
