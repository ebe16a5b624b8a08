-- Every forwarding (disposisi) compared with the routing suggestion of processes/route-report.dmn: the oversight
-- dashboard counts overrides (matched = false) and re-routings per agency.
create table routing_decision (
    id                  bigserial primary key,
    report_id           bigint       not null references report (id),
    suggested_agency_id bigint       references agency (id),
    suggestion_level    varchar(20),
    chosen_agency_id    bigint       not null references agency (id),
    matched             boolean      not null,
    rerouting_count     integer      not null,
    verifier            varchar(100) not null,
    decided_at          timestamptz  not null
);
create index routing_decision_report on routing_decision (report_id);
create index routing_decision_chosen_agency on routing_decision (chosen_agency_id, decided_at);
