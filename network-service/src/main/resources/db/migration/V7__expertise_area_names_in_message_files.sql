-- The names of the areas of expertise moved to i18n/vocabulary_<language>.properties, in the six languages,
-- where translators edit them; the table keeps the codes and their order.
alter table expertise_area drop column name;
