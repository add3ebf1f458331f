-- The Secretariat's calls for existing technical resources: what is sought (topics, languages, regions, commodity
-- classes), until when, in the official languages. A submission may answer one call.
create sequence call_for_resources_seq increment by 50;

create table call_for_resources (
    id                bigint primary key,
    titles            jsonb         not null,
    texts             jsonb         not null,
    topics            varchar(32)[] not null,
    languages         varchar(8)[]  not null,
    regions           varchar(16)[] not null,
    commodity_classes varchar(32)[] not null,
    deadline          date          not null,
    opened_by         varchar(200)  not null,
    opened_at         timestamptz   not null,
    version           bigint        not null default 0
);
create index call_for_resources_deadline on call_for_resources (deadline, id);

alter table contributed_resource add column call_id bigint references call_for_resources (id);
create index contributed_resource_call on contributed_resource (call_id, status) where call_id is not null;
