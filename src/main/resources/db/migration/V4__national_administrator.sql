-- The root of the agency directory exists in every installation: reports that no regional government can take
-- are verified nationally.
insert into agency (code, name, level, parent_id, region_code, time_zone)
values ('nasional', 'Admin Nasional SP4N-LAPOR! (KemenPANRB)', 'NASIONAL', null, null, 'Asia/Jakarta');
