-- Every time a verifier reveals the identity of a report's reporter: who, when, which report, why.
create table identity_reveal (
    id          bigserial primary key,
    report_id   bigint       not null references report (id),
    revealed_by varchar(100) not null,
    revealed_at timestamptz  not null,
    reason      varchar(500) not null
);
create index identity_reveal_report on identity_reveal (report_id);
