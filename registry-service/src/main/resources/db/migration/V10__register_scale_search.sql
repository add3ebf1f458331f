-- Search at the scale of a national register (a million traders): each filter of the trader list
-- is served by an index, and free text by trigram indexes (deploy/bench measures it).

-- All the names of a trader, lower case, for "contains" search. array_to_string is only STABLE
-- because some element types print according to settings; varchar does not, so this is immutable.
create function trader_names(legal_name varchar, trading_names varchar[]) returns text
    language sql immutable parallel safe
    return lower(legal_name || ' ' || array_to_string(trading_names, ' '));

create index trader_names_trgm on trader using gin (trader_names(legal_name, trading_names) gin_trgm_ops);
create index online_presence_store_id on online_presence (lower(store_id)) where kind = 'store';
create index online_presence_platform on online_presence (platform, trader_id) where kind = 'store';
