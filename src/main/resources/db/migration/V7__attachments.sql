-- Files attached to a report: by the reporter at submission, or as evidence by staff (optionally to one follow-up).
-- The media type is the one detected from the content, never the one the file name suggests.
create table attachment (
    id           bigserial primary key,
    report_id    bigint       not null references report (id),
    follow_up_id bigint references follow_up (id),
    origin       varchar(20)  not null check (origin in ('REPORTER', 'STAFF')),
    file_name    varchar(255) not null,
    media_type   varchar(100) not null,
    size_bytes   bigint       not null,
    content      bytea        not null,
    sha256       varchar(64)  not null,
    created_at   timestamptz  not null
);
create index attachment_report on attachment (report_id);
