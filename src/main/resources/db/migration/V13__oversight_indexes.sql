-- The oversight dashboard reads reports by period, timeline events by type and period, breaches by period.
create index report_submitted_at on report (submitted_at);
create index report_closed_at on report (closed_at) where status = 'SELESAI';
create index report_open_due on report (current_due_at) where status not in ('SELESAI', 'DIARSIPKAN');
create index report_event_type_occurred on report_event (type, occurred_at);
create index sla_breach_recorded_at on sla_breach (recorded_at);
create index follow_up_report_posted on follow_up (report_id, posted_at);
