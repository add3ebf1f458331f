-- The number the NPPO's own register gives a trader, in the country's format: beside the issued
-- CC-nnnnnnn number, unique within the country, so that an NPPO can re-import its register by it.
alter table trader add column national_register_number varchar(100);

create unique index trader_national_register_number
    on trader (country_code, national_register_number)
    where national_register_number is not null;
