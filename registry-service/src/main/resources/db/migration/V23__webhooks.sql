-- Webhook subscriptions of organizations (a courier, a marketplace registered as a screener organization):
-- each follows the change feed from the position it was created at, delivers its changes in order, at least
-- once, retries a failed one with growing delays, and after the last attempt puts it in the dead-letter list
-- (which the subscriber reads and replays) and goes on with the next. Its state is here, so a restart resumes it.
create table webhook_subscription (
    id                bigint generated always as identity primary key,
    org               varchar(200)  not null,
    url               varchar(2000) not null,
    secret            varchar(100)  not null,
    types             varchar(40)[] not null default '{}',
    delivered_through bigint        not null,
    attempts          int           not null default 0,
    next_attempt_at   timestamptz,
    last_error        varchar(1000),
    created_at        timestamptz   not null
);
create index webhook_subscription_org on webhook_subscription (org);

create table webhook_dead_letter (
    subscription_id bigint        not null references webhook_subscription (id) on delete cascade,
    position        bigint        not null,
    attempts        int           not null,
    last_error      varchar(1000),
    dead_at         timestamptz   not null,
    primary key (subscription_id, position)
);
