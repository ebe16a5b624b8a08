-- Domain tables of SP4N-LAPOR! case management. Camunda manages its own ACT_* tables.

create table region (
    code        varchar(13) primary key,
    name        varchar(120) not null,
    parent_code varchar(13) references region (code)
);

create table agency (
    id          bigserial primary key,
    code        varchar(60)  not null unique,
    name        varchar(200) not null,
    level       varchar(30)  not null,
    parent_id   bigint references agency (id),
    region_code varchar(13) references region (code),
    time_zone   varchar(40)  not null default 'Asia/Jakarta'
);
create index agency_level_region on agency (level, region_code);

create table category (
    id        bigserial primary key,
    code      varchar(60)  not null unique,
    name      varchar(160) not null,
    parent_id bigint references category (id)
);

create table holiday (
    day  date primary key,
    name varchar(160) not null,
    kind varchar(20)  not null check (kind in ('LIBUR_NASIONAL', 'CUTI_BERSAMA'))
);

create table report (
    id                     bigserial primary key,
    tracking_number        varchar(12)  not null unique,
    access_code_hash       varchar(100) not null,
    type                   varchar(30)  not null,
    title                  varchar(200) not null,
    description            text         not null,
    incident_date          date         not null,
    region_code            varchar(13) references region (code),
    address                varchar(500),
    latitude               numeric(9, 6),
    longitude              numeric(9, 6),
    category_id            bigint references category (id),
    target_agency_id       bigint references agency (id),
    anonymous              boolean      not null default false,
    confidential           boolean      not null default false,
    status                 varchar(30)  not null,
    channel                varchar(20)  not null,
    holding_agency_id      bigint references agency (id),
    holding_since          timestamptz,
    current_due_at         timestamptz,
    submitted_at           timestamptz  not null,
    closed_at              timestamptz,
    process_instance_id    varchar(64),
    idempotency_key        varchar(100) unique,
    request_fingerprint    varchar(64),
    archive_reason         varchar(30),
    archive_note           text,
    duplicate_of_id        bigint references report (id),
    clarification_question text,
    rating                 integer check (rating between 1 and 5),
    version                bigint       not null default 0
);
create index report_holding_agency_status on report (holding_agency_id, status);

-- Kept apart from the report: nothing that handles the report carries the reporter's identity along.
create table reporter_identity (
    report_id bigint primary key references report (id),
    full_name varchar(120),
    email     varchar(200),
    phone     varchar(20),
    id_number varchar(16)
);

create table report_event (
    id          bigserial primary key,
    report_id   bigint      not null references report (id),
    type        varchar(40) not null,
    occurred_at timestamptz not null,
    agency_id   bigint references agency (id),
    actor       varchar(100) not null,
    detail      text
);
create index report_event_report on report_event (report_id, occurred_at);

create table follow_up (
    id        bigserial primary key,
    report_id bigint      not null references report (id),
    agency_id bigint      not null references agency (id),
    author    varchar(100) not null,
    body      text        not null,
    outcome   varchar(20) not null,
    posted_at timestamptz not null
);
create index follow_up_report on follow_up (report_id);

create table sla_breach (
    id            bigserial primary key,
    report_id     bigint      not null references report (id),
    agency_id     bigint      not null references agency (id),
    kind          varchar(20) not null,
    due_at        timestamptz not null,
    recorded_at   timestamptz not null,
    alerted_group varchar(100)
);
create index sla_breach_agency on sla_breach (agency_id, recorded_at);

create table system_secret (
    name  varchar(60) primary key,
    value varchar(200) not null
);
