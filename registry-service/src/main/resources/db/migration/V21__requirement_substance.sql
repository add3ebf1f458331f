-- What a requirement asks, beyond its status: the origins it applies to (none: every origin), its
-- conditions in the IPPC's languages, the documents it requires and its exemptions.
alter table import_requirement
    add column origins    varchar(2)[] not null default '{}',
    add column conditions jsonb        not null default '{}',
    add column documents  varchar(60)[] not null default '{}',
    add column exemptions jsonb        not null default '[]';

-- Periods of one product and country still never overlap among the requirements for every origin. A
-- requirement for named origins takes precedence over those for their origins; the service keeps two of
-- them from naming one origin over one period, under a lock per product and country.
alter table import_requirement drop constraint import_requirement_product_id_country_code_daterange_excl;
alter table import_requirement add constraint import_requirement_every_origin_once
    exclude using gist (product_id with =, country_code with =,
                        daterange(effective_from, effective_to, '[)') with &&)
    where (cardinality(origins) = 0);
