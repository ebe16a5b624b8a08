-- Intake's durable hand-over to the report's process (architecture.md, "Nothing half-made"): a report is acknowledged
-- once it and its row here are committed together; intake.ProcessStarts then starts the process instance and deletes
-- the row in one transaction, on whichever node locks it first (FOR UPDATE SKIP LOCKED). A row that stays here is a
-- report whose process could not be started yet: attempts, the next attempt and the last error say why.
create table report_process_start (
    report_id       bigint primary key references report (id),
    queued_at       timestamptz not null,
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    last_error      varchar(500)
);

create index report_process_start_due on report_process_start (next_attempt_at, report_id);
