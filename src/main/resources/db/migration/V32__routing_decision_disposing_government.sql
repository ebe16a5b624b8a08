-- Disposisi through the government hierarchy: the government whose verifier made each forwarding (to one of its units
-- or to another government's verifiers). The oversight figures per level of government count forwardings by it;
-- rows recorded before this column are left null (their disposing government was not recorded).
alter table routing_decision add column disposing_government_id bigint references agency (id);
create index routing_decision_disposing_government on routing_decision (disposing_government_id, decided_at);
