create extension if not exists pg_trgm;

create sequence trader_seq increment by 50;
-- The national part of registration numbers the service issues (CC-nnnnnnn).
create sequence registration_number_seq;

-- An e-commerce trader established in a country, registered by that country's NPPO. Never deleted.
create table trader (
    id                       bigint primary key,
    registration_number      varchar(10)     not null unique check (registration_number ~ '^[A-Z]{2}-[0-9]{7}$'),
    legal_name               varchar(300)    not null,
    trading_names            varchar(300)[]  not null,
    country_code             varchar(2)      not null,
    address                  varchar(1000),
    contact_email            varchar(320),
    contact_phone            varchar(50),
    business_register_number varchar(100),
    product_classes          varchar(32)[]   not null,
    ship_to_countries        varchar(2)[]    not null,
    status                   varchar(16)     not null check (status in ('registered', 'suspended', 'deregistered')),
    status_reason            varchar(2000),
    compliance_notes         varchar(4000),
    created_at               timestamptz     not null,
    created_by               varchar(200)    not null,
    version                  bigint          not null default 0
);
create index trader_country on trader (country_code, id);
create index trader_legal_name_trgm on trader using gin (lower(legal_name) gin_trgm_ops);

-- A website domain or a marketplace store of a trader, unique across the registry by its key:
-- 'web:<host without www.>' or 'store:<platform>:<store id>', lower case.
create table online_presence (
    id        bigint generated always as identity primary key,
    trader_id bigint        not null references trader (id),
    kind      varchar(8)    not null check (kind in ('website', 'store')),
    platform  varchar(100),
    store_id  varchar(200),
    url       varchar(2000),
    key       varchar(400)  not null unique,
    check ((kind = 'website' and platform is null and store_id is null)
        or (kind = 'store' and platform is not null and store_id is not null))
);
create index online_presence_trader on online_presence (trader_id);
