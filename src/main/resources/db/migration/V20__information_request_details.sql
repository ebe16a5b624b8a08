-- Requests for public information (UU 14/2008 Pasal 4 ayat 3 and 22, Perki 1/2021) ask what the law needs, not an
-- incident date: the purpose of using the information, how to obtain it (see it, or a printed or electronic copy) and
-- how to receive a copy (pick up, post, email). Complaints and aspirations keep their incident date; the portal and
-- the citizen API require it for them. The requester's postal address (delivery by post) is part of their identity
-- and stays apart from the report, like the rest of it.
alter table report alter column incident_date drop not null;
alter table report
    add column information_purpose   text,
    add column information_obtaining varchar(20),
    add column information_delivery  varchar(20);
-- the new columns are empty in every existing row: "not valid" spares the scan of a large table under its lock
alter table report add constraint report_information_details_only_for_requests
    check (type = 'PERMINTAAN_INFORMASI'
           or (information_purpose is null and information_obtaining is null and information_delivery is null))
    not valid;
alter table reporter_identity add column postal_address varchar(500);
