-- A parcel declaration's seller is looked for among the traders of the sender's country holding a word of the
-- sender's name, or a registered word like it (TraderRepository.nameMatches). Each word of a trader's names,
-- qualified by its country ('DE samenhaus'), is a key of its own here, so that the traders of one country holding a
-- word are one posting list, however many traders of other countries hold it. The country and names' trigram
-- index this replaces still read the trigrams' postings of the whole register, some 25 ms a sender on a million
-- traders (deploy/BENCHMARKS.md, row 4).
create function country_name_words(country_code varchar, name_words text[]) returns text[]
    language sql immutable parallel safe
    return array(select country_code || ' ' || word from unnest(name_words) as word);

-- Without GIN's pending list: after an import of 100,000 traders every lookup read the list of entries waiting for
-- autovacuum, 70 to 190 ms a scan, where the index answers in a fraction of a millisecond.
create index trader_country_name_words on trader using gin (country_name_words(country_code, name_words))
    with (fastupdate = off);

drop index trader_country_names_trgm;
drop extension btree_gin;
