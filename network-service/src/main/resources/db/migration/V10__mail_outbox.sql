-- Notifications by e-mail (nominations decided, terms ending): written in the transaction of the change that causes them (the outbox), one per event
-- and recipient, sent by the platform's MailDispatcher; and the addresses that opted out.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    event_key       varchar(300)  not null unique,
    address         varchar(320)  not null,
    language        varchar(2)    not null,
    template        varchar(64)   not null,
    mail_values     jsonb         not null,
    queued_at       timestamptz   not null default now(),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null default now(),
    last_error      varchar(2000),
    sent_at         timestamptz,
    skipped_at      timestamptz
);
create index mail_outbox_due on mail_outbox (next_attempt_at, id) where sent_at is null and skipped_at is null;

create table mail_opt_out (
    address      varchar(320) primary key,
    opted_out_at timestamptz  not null default now()
);

