-- The auditor's history in Cockpit (package audit) counts and filters the SLA breaches of each listed report;
-- without this index every row of a history page would scan the whole breach table.
create index sla_breach_report on sla_breach (report_id);
