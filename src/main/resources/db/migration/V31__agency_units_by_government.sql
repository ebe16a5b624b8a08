-- A government's own units are read by their parent (the verification form's forwarding choices, a government's
-- directory page); a national directory holds about 25,000 agencies under some 700 governments. Level LEMBAGA (a
-- central agency other than a ministry) needs no change: levels are stored as text.
create index agency_parent on agency (parent_id);
