-- Registration numbers are the country's code and a national number of seven digits (NL-1234567). One sequence for
-- all countries gave ten million numbers to share among them; each country now counts its own, up to 9,999,999.
-- The counter is taken in a transaction of its own (TraderRepository.takeNationalNumbers), so that an import
-- holding its transaction for minutes never makes another registration in its country wait; a number taken by a
-- transaction that then rolls back is skipped, as a sequence's would be.
create table national_number_counter (
    country_code  varchar(2)  primary key,
    last_issued   integer     not null check (last_issued between 0 and 9999999)
);

-- Each country with traders goes on from where the shared sequence stood, as the next number would have; numbers
-- an NPPO supplied (from an earlier register) may lie anywhere, and issuing skips those taken.
insert into national_number_counter (country_code, last_issued)
select distinct country_code, (select least(last_value, 9999999) from registration_number_seq)
from trader;

drop sequence registration_number_seq;
