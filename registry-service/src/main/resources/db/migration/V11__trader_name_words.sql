-- Search by misspelled name at the scale of a national register (pg_trgm's documented pattern):
-- each misspelled word is matched against a dictionary of the distinct words of all trader names
-- (tens of thousands, trigram-indexed) instead of against a million whole names, most of which share
-- trigrams through the common trade words ("Seeds", "Nursery", "Ltd"). Each trader carries the words
-- of its names in an array, indexed for "holds any of these words".

-- The words of a text: lower case, split on spaces and punctuation (ASCII and common typographic).
create function name_words(names text) returns text[]
    language sql immutable parallel safe
    return array(select distinct word
                 from regexp_split_to_table(lower(names), '[[:space:][:punct:]’‘“”«»„、，。・]+') as word
                 where word <> '');

alter table trader add column name_words text[] not null
    generated always as (name_words(trader_names(legal_name, trading_names))) stored;
create index trader_name_words on trader using gin (name_words);

-- C collation: a word's prefix is a range of the primary key.
create table trader_name_word (word text collate "C" primary key);
-- Without GIN's pending list: new words are rare, and a search must not scan a list waiting for autovacuum.
create index trader_name_word_trgm on trader_name_word using gin (word gin_trgm_ops) with (fastupdate = off);
insert into trader_name_word select distinct unnest(name_words) from trader;

-- New words join the dictionary with the statement that brings them (an import's COPY included).
-- Words no trader uses any more stay: they match no trader, and the dictionary grows only with new words.
create function add_trader_name_words() returns trigger
    language plpgsql as $$
begin
    insert into trader_name_word select distinct unnest(name_words) from changed_traders on conflict do nothing;
    return null;
end
$$;
create trigger trader_name_words_on_insert after insert on trader
    referencing new table as changed_traders for each statement execute function add_trader_name_words();
create trigger trader_name_words_on_update after update on trader
    referencing new table as changed_traders for each statement execute function add_trader_name_words();
