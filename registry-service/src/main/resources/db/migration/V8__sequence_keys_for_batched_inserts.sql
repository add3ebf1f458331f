-- Keys from sequences (allocated 50 at a time) instead of identity columns, so that Hibernate can
-- send the history and presences of an import in JDBC batches instead of one round trip a row.
alter table record_history alter column id drop identity;
create sequence record_history_seq increment by 50;
select setval('record_history_seq', coalesce((select max(id) from record_history), 0) + 1, false);

alter table online_presence alter column id drop identity;
create sequence online_presence_seq increment by 50;
select setval('online_presence_seq', coalesce((select max(id) from online_presence), 0) + 1, false);
