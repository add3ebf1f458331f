-- Where a marketplace's store pages name the store in a query parameter rather than the path:
-- store_path '?seller=' reads the store id from amazon.de/sp?seller=A1B2C3D4E5.
alter table marketplace_domain drop constraint marketplace_domain_store_path_check;
alter table marketplace_domain add constraint marketplace_domain_store_path_check
    check (store_path = lower(store_path) and store_path ~ '^(/([^/]+/|@)?|\?[a-z_]+=)$');
update marketplace_domain set store_path = '?seller=' where platform = 'amazon';
