-- What an NPPO found in a trader's consignment at its border, as ISPM 13 notifies non-compliance: the trader's
-- own NPPO and every other NPPO read it. A notice is a record of a fact and is never changed.
create sequence non_compliance_notice_seq increment by 50;

create table non_compliance_notice (
    id                    bigint primary key,
    trader_id             bigint          not null references trader (id),
    reported_by_country   varchar(2)      not null,
    reported_by           varchar(200)    not null,
    reported_at           timestamptz     not null,
    observed_on           date            not null,
    reasons               varchar(40)[]   not null check (cardinality(reasons) > 0 and reasons <@ array[
                              'pest-detected', 'prohibited-article', 'documents-missing-or-invalid',
                              'import-requirements-not-met', 'undeclared-goods', 'other']::varchar(40)[]),
    action                varchar(20)     not null check (action in ('destroyed', 'returned', 'treated', 'detained',
                              'released')),
    goods                 varchar(1000)   not null,
    pests                 varchar(200)[]  not null,
    consignment_reference varchar(200),
    listing_url           varchar(2000),
    note                  varchar(4000)
);
create index non_compliance_notice_trader on non_compliance_notice (trader_id, id);
create index non_compliance_notice_reporter on non_compliance_notice (reported_by_country, id);
