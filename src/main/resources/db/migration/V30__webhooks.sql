-- Outbound webhooks for other government systems (an agency's own case system, an Open311 client's back end).
-- Numbered 30, well above the highest version of this release (20), so that migrations other branches add meanwhile
-- (V21, V22, ...) do not clash with it.
--
-- A subscription: where to post, which reports (those of an agency, optionally with its units, and/or those that an
-- Open311 client filed itself), which steps. The signing secret is never stored: only a random salt, from which the
-- server derives the secret with its own key (HMAC-SHA256, key "webhook-secrets" in system_secret or
-- LAPOR_WEBHOOKS_SECRET_KEY); the secret is shown once, when the subscription is created.
create table webhook_subscription (
    id                bigserial primary key,
    name              varchar(120)  not null unique,
    target_url        varchar(2000) not null,
    agency_id         bigint        references agency (id),
    include_subunits  boolean       not null default false,
    open311_client_id bigint        references open311_client (id),
    -- comma-separated public step types (ReportEventType); null: every public step
    event_types       varchar(2000),
    secret_salt       varchar(64)   not null,
    enabled           boolean       not null default true,
    created_at        timestamptz   not null,
    created_by        varchar(100)  not null,
    disabled_at       timestamptz,
    check (agency_id is not null or open311_client_id is not null)
);

-- The webhook outbox and delivery log: one row per subscription and report step (unique, so a step is never planned
-- twice for one subscriber), written in the step's own transaction and posted later by the dispatcher
-- (SELECT ... FOR UPDATE SKIP LOCKED). No personal data: the body is built when it is sent.
create table webhook_delivery (
    id               bigserial primary key,
    delivery_id      uuid         not null unique,
    subscription_id  bigint       not null references webhook_subscription (id),
    report_id        bigint       not null references report (id) on delete cascade,
    event_id         bigint       not null references report_event (id) on delete cascade,
    event_type       varchar(40)  not null,
    -- the report's status right after the step
    report_status    varchar(30)  not null,
    -- the subscriber is the channel that filed the report (its Open311 client): it may see its own request's texts
    own_channel      boolean      not null,
    status           varchar(20)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED')),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    created_at       timestamptz  not null,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       varchar(500),
    delivered_at     timestamptz,
    unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at, id) where status = 'PENDING';
create index webhook_delivery_subscription on webhook_delivery (subscription_id, id);
