-- Open311 GeoReport v2: the API clients (civic apps) allowed to submit service requests, each with its own key.
-- Only the SHA-256 hash of a key is stored; the key itself is shown once, when it is created.
create table open311_client (
    id          bigserial primary key,
    name        varchar(120) not null unique,
    key_hash    varchar(64)  not null unique,
    enabled     boolean      not null default true,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    disabled_at timestamptz
);

-- Which client submitted which report, and the token it may exchange for the service_request_id.
create table open311_request (
    report_id bigint      primary key references report (id),
    client_id bigint      not null references open311_client (id),
    token     varchar(64) not null unique
);
create index open311_request_client on open311_request (client_id);
