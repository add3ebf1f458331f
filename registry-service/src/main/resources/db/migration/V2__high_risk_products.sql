create sequence high_risk_product_seq increment by 50;

create table high_risk_product (
    id              bigint primary key,
    name            varchar(200)  not null,
    description     varchar(4000) not null,
    commodity_class varchar(32)   not null references commodity_class (code),
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    version         bigint        not null default 0
);

create unique index high_risk_product_name on high_risk_product (lower(name));
create index high_risk_product_class on high_risk_product (commodity_class, id);
