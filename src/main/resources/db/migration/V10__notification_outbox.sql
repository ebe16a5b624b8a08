-- Notification outbox: one row per message to send, written in the transaction of the report step that causes it
-- (so a notification exists if and only if the step committed) and sent later by the dispatcher. No personal data:
-- the reporter's address is looked up in reporter_identity, staff addresses in Camunda's users, at send time.
create table notification (
    id              bigserial primary key,
    report_id       bigint       not null references report (id),
    event_id        bigint       not null references report_event (id),
    event_type      varchar(40)  not null,
    recipient_kind  varchar(20)  not null check (recipient_kind in ('REPORTER', 'STAFF_GROUP')),
    staff_group     varchar(100),
    channel         varchar(20)  not null check (channel in ('EMAIL', 'SMS', 'SOCIAL_REPLY', 'SOCIAL_DIRECT')),
    status          varchar(20)  not null check (status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    last_error      varchar(500),
    check ((recipient_kind = 'STAFF_GROUP') = (staff_group is not null))
);
-- the dispatcher's query: due rows, oldest first (SELECT ... FOR UPDATE SKIP LOCKED)
create index notification_due on notification (next_attempt_at, id) where status = 'PENDING';
create index notification_report on notification (report_id);
