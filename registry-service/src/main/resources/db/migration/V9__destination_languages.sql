-- Reference data: the official IPPC languages (the six UN languages) in which guidance is offered
-- to a destination country, most preferred first. A country that is not listed reads English.
-- Where a country uses two of them (Canada, Morocco...) both are listed, the first preferred.
create table destination_language (
    country  char(2)    not null check (country ~ '^[A-Z]{2}$'),
    language varchar(2) not null check (language in ('ar', 'en', 'es', 'fr', 'ru', 'zh')),
    rank     smallint   not null check (rank > 0),
    primary key (country, rank),
    unique (country, language)
);

insert into destination_language (country, language, rank)
select country, 'ar', 1 from unnest(array[
    'AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD',
    'SY', 'TN', 'YE', 'KM', 'DJ']) as country;

insert into destination_language (country, language, rank)
select country, 'fr', 2 from unnest(array['DZ', 'LB', 'MA', 'MR', 'TN', 'KM', 'DJ']) as country;

insert into destination_language (country, language, rank)
select country, 'es', 1 from unnest(array[
    'AR', 'BO', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'ES', 'GQ', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE',
    'PY', 'SV', 'UY', 'VE']) as country;

insert into destination_language (country, language, rank)
select country, 'fr', 1 from unnest(array[
    'FR', 'BE', 'BF', 'BI', 'BJ', 'CD', 'CF', 'CG', 'CI', 'CM', 'GA', 'GN', 'HT', 'LU', 'MC', 'MG',
    'ML', 'NE', 'SN', 'TD', 'TG', 'CH']) as country;

insert into destination_language (country, language, rank)
select country, 'ru', 1 from unnest(array['RU', 'BY', 'KZ', 'KG', 'TJ']) as country;

insert into destination_language (country, language, rank)
select country, 'zh', 1 from unnest(array['CN', 'HK', 'MO']) as country;

insert into destination_language (country, language, rank) values ('CA', 'en', 1), ('CA', 'fr', 2);
