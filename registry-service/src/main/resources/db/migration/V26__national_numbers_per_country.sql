-- Registration numbers are the country's code and a national number of seven digits (NL-1234567). One sequence for
-- all countries gave ten million numbers to share among them; each country now counts its own, up to 9,999,999.
-- A registration takes its country's counter in its own transaction (the row stays locked until it commits, a few
-- milliseconds); an import takes all the numbers it needs at once, in a short transaction before it writes. A
-- number taken by a transaction that then rolls back is never issued, as with a sequence.
create table national_number_counter (
    country_code  varchar(2)  primary key,
    last_issued   integer     not null check (last_issued between 0 and 9999999)
);

-- Each country goes on from the highest of its numbers the shared sequence could have issued. Numbers an NPPO
-- supplied (from an earlier register) may lie anywhere; issuing skips those taken.
insert into national_number_counter (country_code, last_issued)
select country_code,
       coalesce(max(substr(registration_number, 4)::integer)
                    filter (where substr(registration_number, 4)::integer <= issued.last_value), 0)
from trader, registration_number_seq issued
group by country_code;

-- registration_number_seq stays while replicas of the previous release may still issue from it (a rolling update);
-- the next migration that needs none of them drops it.
