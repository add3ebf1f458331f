create sequence organization_seq increment by 50;

create table organization (
    id           bigint primary key,
    name         varchar(300) not null,
    type         varchar(32)  not null check (type in ('NPPO', 'RPPO', 'international-organization', 'industry', 'academia', 'other')),
    country_code varchar(2) check (country_code ~ '^[A-Z]{2}$'),
    website      varchar(500),
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    version      bigint       not null default 0
);

-- One organization per name in a country, whatever the letter case.
create unique index organization_name_country on organization (lower(name), coalesce(country_code, '--'));
create index organization_type on organization (type);
