-- History keys from a sequence (allocated 50 at a time) instead of an identity column, so that
-- Hibernate can send history rows in JDBC batches, as in registry-service.
alter table record_history alter column id drop identity;
create sequence record_history_seq increment by 50;
select setval('record_history_seq', coalesce((select max(id) from record_history), 0) + 1, false);
