-- Reports from social media mentions: the reporter is reachable by the account handle only.
alter table reporter_identity add column social_handle varchar(100);

-- Where on its channel a report came from (for answers sent back there) and the reporter's language.
alter table report add column source_platform varchar(60);
alter table report add column source_message_id varchar(200);
alter table report add column source_link varchar(500);
alter table report add column language varchar(2) not null default 'id';
