-- Reports from social media mentions: the reporter is reachable by the account handle only.
alter table reporter_identity add column social_handle varchar(100);
