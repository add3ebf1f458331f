-- The product list's revision, moved by every change to the products or their search terms: each
-- replica compiles the list into its screening matcher, and tells by one row read that another
-- replica changed the list since.
create table product_list_revision (
    id       smallint primary key check (id = 1),
    revision bigint not null
);
insert into product_list_revision (id, revision) values (1, 0);

create function move_product_list_revision() returns trigger language plpgsql as $$
begin
    update product_list_revision set revision = revision + 1 where id = 1;
    return null;
end
$$;
create trigger high_risk_product_list_revision
    after insert or update or delete on high_risk_product
    for each statement execute function move_product_list_revision();
create trigger search_term_list_revision
    after insert or update or delete on search_term
    for each statement execute function move_product_list_revision();
