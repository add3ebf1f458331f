-- Every word of every resource's title and summary, once. A search expands each word it asks into the words
-- of the catalogue it begins ('seed' into 'seed', 'seeds', 'seedlings'), which the GIN index finds through their
-- own posting lists. Asked as a prefix ('seed':*), the index first collects every row holding any word of the
-- prefix and only then intersects them with the filters: 1.8 ms against 0.7 ms for a page of 50,000 resources.
-- Words are never removed: one no resource holds any more expands a search into nothing more.
create table catalogue_word (word text collate "C" primary key);

insert into catalogue_word
select distinct unnest(title_tokens || summary_tokens) from contributed_resource order by 1;

-- Words in their order, so that two transactions adding the same new words wait for each other, never deadlock.
create function add_catalogue_words() returns trigger language plpgsql as $$
begin
    insert into catalogue_word
    select distinct unnest(title_tokens || summary_tokens) from written order by 1
    on conflict do nothing;
    return null;
end
$$;

create trigger contributed_resource_words_inserted after insert on contributed_resource
    referencing new table as written for each statement execute function add_catalogue_words();
create trigger contributed_resource_words_updated after update on contributed_resource
    referencing new table as written for each statement execute function add_catalogue_words();
