-- Gaps speak the catalogue's vocabularies: topic codes (the areas of expertise) beside the free-text title, and
-- the region 'global'. Experts are assigned to a gap with a target date, and a gap is closed by the published
-- resource that fills it.
alter table resource_gap
    add column topics                varchar(32)[] not null default '{}',
    add column filled_by_resource_id bigint,
    add constraint resource_gap_filled_when_closed
        check (filled_by_resource_id is null or status = 'closed');

create table gap_assignment (
    gap_id      bigint       not null references resource_gap (id),
    expert_id   bigint       not null references expert (id),
    target_date date         not null,
    assigned_by varchar(200) not null,
    assigned_at timestamptz  not null,
    primary key (gap_id, expert_id)
);
create index resource_gap_topics on resource_gap using gin (topics);
