create sequence contributed_resource_seq increment by 50;

create table contributed_resource (
    id                 bigint primary key,
    title              varchar(300)  not null,
    summary            varchar(4000) not null,
    language           varchar(2)    not null check (language ~ '^[a-z]{2}$'),
    type               varchar(32)   not null references resource_type (code),
    url                varchar(2000) not null check (url ~ '^https?://'),
    consent_to_publish boolean       not null,
    contributor_org    varchar(200)  not null,
    status             varchar(32)   not null,
    submitted_at       timestamptz   not null,
    submitted_by       varchar(200)  not null,
    version            bigint        not null default 0
);

-- An organization submits a resource (by its URL) once.
create unique index contributed_resource_org_url on contributed_resource (contributor_org, url);
create index contributed_resource_org on contributed_resource (contributor_org, id);
