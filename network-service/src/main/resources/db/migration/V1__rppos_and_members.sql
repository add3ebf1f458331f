-- The ten Regional Plant Protection Organizations and their member countries (reference data).
-- A country can belong to several RPPOs. Membership marked 'unconfirmed' is as found in public
-- sources but not yet verified with the RPPO.
create table rppo (
    acronym varchar(16) primary key,
    name    varchar(200) not null,
    seat    varchar(200) not null,
    website varchar(300) not null
);

create table rppo_member (
    rppo_acronym varchar(16) not null references rppo (acronym),
    country_code varchar(2)     not null check (country_code ~ '^[A-Z]{2}$'),
    membership   varchar(16) not null check (membership in ('member', 'associate', 'unconfirmed')),
    primary key (rppo_acronym, country_code)
);

create index rppo_member_country on rppo_member (country_code);

insert into rppo (acronym, name, seat, website) values
    ('APPPC',  'Asia and Pacific Plant Protection Commission', 'Bangkok, Thailand', 'https://www.fao.org/asiapacific/apppc'),
    ('CAHFSA', 'Caribbean Agricultural Health and Food Safety Agency', 'Paramaribo, Suriname', 'https://www.cahfsa.org'),
    ('CAN',    'Comunidad Andina', 'Lima, Peru', 'https://www.comunidadandina.org'),
    ('COSAVE', 'Comité de Sanidad Vegetal del Cono Sur', 'Asunción, Paraguay', 'https://www.cosave.org'),
    ('EPPO',   'European and Mediterranean Plant Protection Organization', 'Paris, France', 'https://www.eppo.int'),
    ('IAPSC',  'Inter-African Phytosanitary Council', 'Yaoundé, Cameroon', 'https://au-iapsc.org'),
    ('NAPPO',  'North American Plant Protection Organization', 'Raleigh, United States', 'https://www.nappo.org'),
    ('NEPPO',  'Near East Plant Protection Organization', 'Rabat, Morocco', 'https://www.neppo.org'),
    ('OIRSA',  'Organismo Internacional Regional de Sanidad Agropecuaria', 'San Salvador, El Salvador', 'https://www.oirsa.org'),
    ('PPPO',   'Pacific Plant Protection Organisation', 'Suva, Fiji', 'https://lrd.spc.int');

insert into rppo_member (rppo_acronym, country_code, membership)
select 'APPPC', code, 'member' from unnest(string_to_array(
    'AU BD KH CN KP FJ FR IN ID LA MY MM NP NZ PK PG PH KR WS SB LK TH TL TO VN', ' ')) as code
union all
select 'CAHFSA', code, 'member' from unnest(string_to_array(
    'AG BS BB BZ DM GD GY HT JM MS LC VC SR TT', ' ')) as code
union all
select 'CAHFSA', code, 'associate' from unnest(string_to_array('AI BM VG KY TC', ' ')) as code
union all
select 'CAN', code, 'member' from unnest(string_to_array('BO CO EC PE', ' ')) as code
union all
select 'COSAVE', code, 'member' from unnest(string_to_array('AR BO BR CL PY PE UY', ' ')) as code
union all
select 'EPPO', code, 'member' from unnest(string_to_array(
    'AL DZ AT AZ BY BE BA BG HR CY CZ DK EE FI FR DE GR GG HU IE IL IT JE JO KZ KG LV LT LU MT MD MA NL MK NO PL PT RO RU RS SK SI ES SE CH TN TR UA GB UZ', ' ')) as code
union all
select 'EPPO', code, 'unconfirmed' from unnest(string_to_array('GE ME', ' ')) as code
union all
select 'IAPSC', code, 'member' from unnest(string_to_array(
    'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RW EH ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW', ' ')) as code
union all
select 'NAPPO', code, 'member' from unnest(string_to_array('CA US MX', ' ')) as code
union all
select 'NEPPO', code, 'member' from unnest(string_to_array('DZ EG IQ JO LY MT MA PK SD SY TN', ' ')) as code
union all
select 'NEPPO', code, 'unconfirmed' from unnest(string_to_array('OM', ' ')) as code
union all
select 'OIRSA', code, 'member' from unnest(string_to_array('BZ CR DO SV GT HN MX NI PA', ' ')) as code
union all
select 'PPPO', code, 'member' from unnest(string_to_array(
    'AS AU CK FM FJ FR PF GU KI MH NR NC NZ NU MP PW PG PN WS SB TK TO TV US VU WF', ' ')) as code;
