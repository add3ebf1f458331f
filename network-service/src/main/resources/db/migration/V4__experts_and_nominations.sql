create table expertise_area (
    code     varchar(32)  primary key,
    name     varchar(100) not null,
    position smallint     not null unique
);

insert into expertise_area (code, name, position) values
    ('e-commerce-platforms', 'E-commerce platforms', 1),
    ('postal-courier', 'Postal and courier services', 2),
    ('customs', 'Customs', 3),
    ('inspection', 'Inspection', 4),
    ('pest-risk-analysis', 'Pest risk analysis', 5),
    ('awareness', 'Awareness raising', 6),
    ('legislation', 'Legislation', 7),
    ('diagnostics', 'Diagnostics', 8),
    ('data-it', 'Data and IT', 9),
    ('industry-practice', 'Industry practice', 10);

create sequence expert_seq increment by 50;

-- A member of the e-commerce expert network. Personal data is erased on request (erased_at set,
-- personal columns emptied); the row stays so that nominations keep pointing at it.
create table expert (
    id                      bigint primary key,
    email                   varchar(320),
    name                    varchar(200) not null,
    title                   varchar(100),
    position                varchar(200),
    organization_name       varchar(300) not null,
    organization_type       varchar(32)  not null,
    country_code            varchar(2)   not null,
    phone                   varchar(50),
    languages               varchar(2)[] not null,
    expertise               varchar(32)[] not null,
    summary                 varchar(4000),
    cv_url                  varchar(2000),
    declaration_of_interests varchar(4000),
    public_listing_consent  boolean      not null,
    contact_consent         boolean      not null,
    consent_at              timestamptz,
    status                  varchar(16)  not null check (status in ('active', 'inactive', 'withdrawn')),
    term_start              date         not null,
    term_end                date         not null,
    erased_at               timestamptz,
    version                 bigint       not null default 0
);
-- The same person (same e-mail, any case) is one expert.
create unique index expert_email on expert (lower(email)) where email is not null;
create index expert_public on expert (id) where status = 'active' and public_listing_consent and erased_at is null;
create index expert_term_end on expert (term_end) where status = 'active';

create table expert_rppo (
    expert_id    bigint      not null references expert (id),
    rppo_acronym varchar(16) not null references rppo (acronym),
    primary key (expert_id, rppo_acronym)
);

create sequence nomination_seq increment by 50;

create table nomination (
    id                        bigint primary key,
    rppo_acronym              varchar(16)   not null references rppo (acronym),
    nominated_by              varchar(200)  not null,
    nominated_at              timestamptz   not null,
    justification             varchar(4000),
    candidate_email           varchar(320),
    candidate_name            varchar(200)  not null,
    candidate_title           varchar(100),
    candidate_position        varchar(200),
    organization_name         varchar(300)  not null,
    organization_type         varchar(32)   not null,
    country_code              varchar(2)    not null,
    candidate_phone           varchar(50),
    languages                 varchar(2)[]  not null,
    expertise                 varchar(32)[] not null,
    summary                   varchar(4000),
    cv_url                    varchar(2000),
    declaration_of_interests  varchar(4000),
    commitment_signed_by_candidate boolean  not null,
    commitment_signed_by_employer  boolean  not null,
    commitment_document_url   varchar(2000),
    public_listing_consent    boolean       not null,
    contact_consent           boolean       not null,
    consent_given_at          timestamptz   not null,
    status                    varchar(16)   not null check (status in ('nominated', 'accepted', 'declined')),
    decided_by                varchar(200),
    decided_at                timestamptz,
    decline_reason            varchar(2000),
    term_start                date,
    term_end                  date,
    expert_id                 bigint references expert (id),
    erased_at                 timestamptz,
    version                   bigint        not null default 0
);
create index nomination_rppo on nomination (rppo_acronym, id);
create index nomination_email on nomination (lower(candidate_email));
