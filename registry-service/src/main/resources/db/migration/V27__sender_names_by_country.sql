-- A parcel declaration's seller is looked for by its sender's name among the traders of the sender's country
-- (TraderRepository.nameMatches). With the country inside the names' trigram index, one index scan answers both
-- conditions; before, the names' index found every trader of the register named like the sender (thousands when
-- the name is mostly common words, "... Succulents Inc") and a second index the whole country, to be intersected.
create extension if not exists btree_gin;

create index trader_country_names_trgm on trader
    using gin (country_code, trader_names(legal_name, trading_names) gin_trgm_ops);

drop index trader_names_trgm;
