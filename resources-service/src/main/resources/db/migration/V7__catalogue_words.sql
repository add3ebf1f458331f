-- Every word of the titles and summaries of the published resources, once. A search expands each word it asks
-- into the catalogue's words it begins ('seed' into 'seed', 'seeds', 'seedlings'), which the GIN index finds
-- through their own posting lists. Asked as a prefix ('seed':*), the index first collects every row holding any
-- word of the prefix and only then intersects them with the filters: 1.8 ms against 0.7 ms for a page of 50,000
-- resources. Words are never removed: one no published resource holds any more expands a search into nothing more.
-- (A word is at most 2,047 bytes: a longer one fails the resource's own search vector first.)
create table catalogue_word (word text collate "C" primary key);

-- Words in their order, so that two transactions adding the same new words wait for each other, never deadlock.
create function add_published_words() returns trigger language plpgsql as $$
begin
    insert into catalogue_word
    select distinct unnest(title_tokens || summary_tokens) from written where status = 'published' order by 1
    on conflict do nothing;
    return null;
end
$$;

-- Only the rows published or re-worded by the update: a review's other steps leave the words as they were.
create function add_newly_published_words() returns trigger language plpgsql as $$
begin
    insert into catalogue_word
    select distinct unnest(changed.title_tokens || changed.summary_tokens)
    from written changed
    where changed.status = 'published'
      and not exists (select 1 from previous earlier
                      where earlier.id = changed.id and earlier.status = 'published'
                        and earlier.title_tokens = changed.title_tokens
                        and earlier.summary_tokens = changed.summary_tokens)
    order by 1
    on conflict do nothing;
    return null;
end
$$;

-- The triggers come first: creating them locks the table against writes until this migration commits, so that
-- no resource written meanwhile by a replica of the previous release escapes both them and the words below.
create trigger contributed_resource_words_inserted after insert on contributed_resource
    referencing new table as written for each statement execute function add_published_words();
create trigger contributed_resource_words_updated after update on contributed_resource
    referencing old table as previous new table as written for each statement execute function add_newly_published_words();

insert into catalogue_word
select distinct unnest(title_tokens || summary_tokens) from contributed_resource where status = 'published' order by 1;
