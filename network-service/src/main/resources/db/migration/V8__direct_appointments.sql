-- The Secretariat may add an expert directly (from an international organization or industry, say), beside the
-- RPPOs' nominations: who proposed them is kept with the expert.
alter table expert add column proposed_by varchar(300);
