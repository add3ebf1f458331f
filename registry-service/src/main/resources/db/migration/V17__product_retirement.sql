-- The Secretariat takes a product off the high-risk list without losing it: a retired product is no longer
-- matched by screening or requirement lookups, and keeps its history and the requirements set for it.
alter table high_risk_product
    add column status        varchar(16)   not null default 'listed' check (status in ('listed', 'retired')),
    add column status_reason varchar(2000);
