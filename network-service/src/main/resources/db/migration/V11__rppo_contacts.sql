-- Where the network writes to an RPPO (the Secretariat's decisions on its nominations), in the language it reads:
-- set by the Secretariat or by the RPPO itself. An RPPO without one is told nothing by mail.
create table rppo_contact (
    id           bigint generated always as identity primary key,
    rppo_acronym varchar(16)  not null unique references rppo (acronym),
    email        varchar(320) not null,
    language     varchar(2)   not null,
    version      bigint       not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(200) not null
);
