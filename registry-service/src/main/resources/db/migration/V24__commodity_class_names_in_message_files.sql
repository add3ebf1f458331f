-- The names and descriptions of the commodity classes moved to i18n/vocabulary_<language>.properties, in the
-- six languages, where translators edit them; the table keeps the codes and their order.
alter table commodity_class drop column name, drop column description;
