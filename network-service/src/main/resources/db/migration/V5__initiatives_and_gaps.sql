create sequence initiative_seq increment by 50;

-- A regional e-commerce initiative recorded by an RPPO; public once recorded (but its contact).
create table initiative (
    id                    bigint primary key,
    rppo_acronym          varchar(16)    not null references rppo (acronym),
    title                 varchar(300)   not null,
    description           varchar(4000)  not null,
    countries             varchar(2)[]   not null,
    lead_organization     varchar(300)   not null,
    partner_organizations varchar(300)[] not null,
    type                  varchar(32)    not null check (type in ('regulation', 'awareness', 'platform-agreement',
                                                  'inspection-technology', 'data-exchange', 'training')),
    status                varchar(16)    not null check (status in ('planned', 'ongoing', 'completed')),
    start_date            date           not null,
    end_date              date,
    links                 varchar(2000)[] not null,
    contact               varchar(320),
    source                varchar(500),
    recorded_by           varchar(200)   not null,
    recorded_at           timestamptz    not null,
    version               bigint         not null default 0,
    check (end_date is null or end_date >= start_date)
);
create index initiative_rppo on initiative (rppo_acronym, id);

create sequence resource_gap_seq increment by 50;

-- A need for technical material identified by the network.
create table resource_gap (
    id              bigint primary key,
    topic           varchar(200)  not null,
    description     varchar(4000) not null,
    commodity_class varchar(32)   check (commodity_class in ('plants-for-planting', 'seeds', 'bulbs-tubers',
                                      'cut-flowers-foliage', 'fruits-vegetables', 'soil-growing-media',
                                      'living-organisms', 'wood-handicrafts', 'other')),
    languages       varchar(2)[]  not null,
    regions         varchar(16)[] not null,
    priority        varchar(8)    not null check (priority in ('low', 'medium', 'high')),
    status          varchar(16)   not null check (status in ('open', 'in-progress', 'closed')),
    proposed_by     varchar(200)  not null,
    proposer_role   varchar(32)   not null,
    proposed_at     timestamptz   not null,
    version         bigint        not null default 0
);
create index resource_gap_status on resource_gap (status, id);
