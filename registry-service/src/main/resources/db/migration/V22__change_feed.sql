-- The changes marketplaces, couriers and customs follow (GET /v1/changes): each row is written in the
-- transaction of the change it reports, so that none is lost and none is invented for a change rolled
-- back, and is numbered as that transaction commits (ChangeFeed), under the lock of the one counter row:
-- positions follow the order of commits and have no gaps, so a reader resuming after a position misses
-- nothing.
create table change_event (
    id         bigint generated always as identity primary key,
    position   bigint unique,
    tx         bigint       not null default txid_current(),
    at         timestamptz  not null,
    type       varchar(40)  not null,
    subject_id bigint       not null,
    data       jsonb        not null
);
create index change_event_unnumbered on change_event (tx) where position is null;

create table change_feed_position (last bigint not null);
insert into change_feed_position values (0);
