-- A notice recorded by mistake (another trader's parcel, say) is withdrawn by the NPPO that recorded it, with the
-- reason: it stays, marked, so that no one who read it is left wondering where it went.
alter table non_compliance_notice
    add column withdrawn_at      timestamptz,
    add column withdrawn_by      varchar(200),
    add column withdrawal_reason varchar(2000),
    add check ((withdrawn_at is null) = (withdrawal_reason is null));
