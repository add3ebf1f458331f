-- What identifies a high-risk product: HS codes (with the partial "ex" flag), the taxa it is made
-- of and the pests of concern (scientific names with EPPO codes), as JSON lists; and the search
-- terms, per language, that screening matches in listings.
alter table high_risk_product
    add column hs_codes jsonb not null default '[]',
    add column taxa     jsonb not null default '[]',
    add column pests    jsonb not null default '[]';

create table search_term (
    id         bigint generated always as identity primary key,
    product_id bigint       not null references high_risk_product (id),
    language   varchar(2)   not null check (language ~ '^[a-z]{2}$'),
    term       varchar(200) not null
);
create unique index search_term_unique on search_term (product_id, language, lower(term));
