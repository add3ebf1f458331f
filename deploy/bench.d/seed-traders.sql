-- Traders :first to :last, with a website each and, for every other one, an Etsy store, written straight into
-- registry-service's tables (the benchmark measures reads; the import row measures writes).
-- Names are a made-up brand word (three of 40 syllables), a trade and a legal form, so that
-- many are alike, as in a real register, without being copies of each other.
\set ON_ERROR_STOP on
begin;
insert into trader (id, registration_number, legal_name, trading_names, country_code, address, contact_email,
                    contact_phone, business_register_number, product_classes, ship_to_countries, status,
                    created_at, created_by, version)
select i,
       country || '-' || lpad((i / 30 + 1)::text, 7, '0'), -- each country numbers its own (30 countries, in turn)
       name,
       array[name || ' Online'],
       country,
       i || ' Market Street',
       'sales@shop-' || i || '.example',
       '+1 555 0100',
       country || i,
       array['seeds', 'plants-for-planting'],
       array[country],
       case when i % 50 = 0 then 'suspended' else 'registered' end,
       now(), 'bench', 0
from generate_series(:first, :last) as i,
     (select array['ka','lo','mi','ra','ve','to','su','ne','di','ba','ko','ri','la','me','no','pa','se','ti',
                   'vo','zu','an','el','or','is','um','ya','fe','gu','hi','ju','ki','lu','ma','ni','po','qu',
                   're','sa','te','vi'] as syllables) as words,
     lateral (select hashint4(i) & 2147483647 as h) as hashed,
     lateral (select (array['FR','DE','ES','IT','NL','BE','PL','US','CA','MX','BR','AR','CN','JP','KR','IN',
                            'AU','NZ','ZA','KE','EG','MA','RU','TR','GB','SE','NO','CH','AT','PT'])[1 + i % 30] as country,
                     initcap(syllables[1 + h % 40] || syllables[1 + (h / 40) % 40] || syllables[1 + (h / 1600) % 40])
                     || ' ' ||
                     (array['Nursery','Seeds','Plants','Bulbs','Orchids','Bonsai','Growers','Botanicals','Greenhouse',
                            'Garden Centre','Succulents','Herbs','Flowers','Trees','Cacti'])[1 + (h / 64000) % 15]
                     || ' ' ||
                     (array['Ltd','GmbH','SARL','S.L.','B.V.','LLC','Pty','S.A.','Co','Inc','AB','AS','Srl','Oy'])[1 + (h / 960000) % 14]
                     as name) as drawn;

insert into online_presence (id, trader_id, kind, platform, store_id, url, key)
select 2 * i, i, 'website', null, null, 'https://shop-' || i || '.example', 'web:shop-' || i || '.example'
from generate_series(:first, :last) as i;
insert into online_presence (id, trader_id, kind, platform, store_id, url, key)
select 2 * i + 1, i, 'store', 'etsy', 'store' || i, 'https://www.etsy.com/shop/store' || i, 'store:etsy:store' || i
from generate_series(:first, :last) as i where i % 2 = 1;

select setval('trader_seq', :last + 100);
insert into national_number_counter (country_code, last_issued)
select country_code, max(substr(registration_number, 4)::integer) from trader group by country_code
on conflict (country_code) do update set last_issued = greatest(national_number_counter.last_issued, excluded.last_issued);
select setval('online_presence_seq', 2 * :last + 100);
commit;
analyze trader;
analyze online_presence;
