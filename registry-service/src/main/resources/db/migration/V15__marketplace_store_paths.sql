-- A marketplace's pages may name a store in more than one way. Amazon's seller profile
-- (amazon.de/sp?seller=A1B2C3D4E5), its storefront (amazon.de/s?me=A1B2C3D4E5) and a listing with the
-- offer of one seller (amazon.de/dp/B0C1D2E3F4?smid=A1B2C3D4E5) all name the seller A1B2C3D4E5, so
-- store_paths lists each place, tried in order; null where store pages do not name the store.
alter table marketplace_domain drop constraint marketplace_domain_store_path_check;
alter table marketplace_domain alter column store_path type varchar(100)[] using array[store_path];
update marketplace_domain set store_path = null where store_path = array[null]::varchar(100)[];
alter table marketplace_domain rename column store_path to store_paths;
alter table marketplace_domain add constraint marketplace_domain_store_paths_check
    check (cardinality(store_paths) > 0
           and array_to_string(store_paths, ' ') = lower(array_to_string(store_paths, ' '))
           and array_to_string(store_paths, ' ') ~ '^(/([^/ ]+/|@)?|\?[a-z_]+=)( (/([^/ ]+/|@)?|\?[a-z_]+=))*$');
update marketplace_domain set store_paths = array['?seller=', '?me=', '?smid='] where platform = 'amazon';
