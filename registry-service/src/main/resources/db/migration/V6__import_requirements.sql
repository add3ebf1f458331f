create extension if not exists btree_gist;

create sequence import_requirement_seq increment by 50;

-- A country's import requirement for a high-risk product, set by that country's NPPO, in force
-- from effective_from (inclusive) to effective_to (exclusive; open when null). Periods of one
-- product and country never overlap, so "the requirement as at date D" has one answer.
create table import_requirement (
    id             bigint primary key,
    product_id     bigint        not null references high_risk_product (id),
    country_code   varchar(2)    not null,
    status         varchar(40)   not null check (status in ('prohibited', 'prohibited-pending-pra', 'permit-required',
                                     'phytosanitary-certificate-required', 'conditions-apply', 'no-requirement')),
    legal_basis    varchar(1000) not null,
    url            varchar(2000),
    effective_from date          not null,
    effective_to   date,
    set_by         varchar(200)  not null,
    set_at         timestamptz   not null,
    version        bigint        not null default 0,
    check (effective_to is null or effective_to > effective_from),
    exclude using gist (product_id with =, country_code with =,
                        daterange(effective_from, effective_to, '[)') with &&)
);
create index import_requirement_in_force on import_requirement (country_code, product_id, effective_from);
