-- A high-risk product's name in the other official languages (ar, es, fr, ru, zh), beside its English name: the
-- names screening and the requirement lookup answer in the caller's language.
alter table high_risk_product add column translated_names jsonb not null default '{}';
