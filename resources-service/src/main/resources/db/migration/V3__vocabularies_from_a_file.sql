-- The vocabularies moved to vocabulary/vocabularies.properties, which the service reads at start-up and
-- writes into its OpenAPI document at build time; no row of the catalogue refers to this table.
drop table vocabulary;
