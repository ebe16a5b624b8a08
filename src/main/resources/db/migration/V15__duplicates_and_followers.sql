-- Duplicate detection and followers.
--
-- Similarity search: trigram similarity of titles (pg_trgm, a trusted extension since PostgreSQL 13: the database
-- owner may create it) and full-text lexemes of title and description. Lexemes come from the text search
-- configuration lapor_indonesian: a copy of PostgreSQL's "indonesian" snowball configuration (stems "berlubang" to
-- "lubang", "membahayakan" to "bahaya"), or of "simple" on a server without it. Stop words are removed by the
-- application (PostgreSQL ships no Indonesian stop-word file).
create extension if not exists pg_trgm;

do $$
begin
    if not exists (select 1 from pg_ts_config where cfgname = 'lapor_indonesian') then
        if exists (select 1 from pg_ts_config where cfgname = 'indonesian') then
            create text search configuration lapor_indonesian (copy = pg_catalog.indonesian);
        else
            create text search configuration lapor_indonesian (copy = pg_catalog.simple);
        end if;
    end if;
end
$$;

-- the lexemes of the title and the start of the description (where a report states its matter)
alter table report add column similarity_lexemes tsvector
    generated always as (to_tsvector('lapor_indonesian', title || ' ' || left(description, 2000))) stored;
create index report_similarity_lexemes on report using gin (similarity_lexemes);
create index report_title_trigram on report using gin (lower(title) gin_trgm_ops);

-- Who follows a report besides its reporter, to hear of its progress:
--   DUPLICATE: the reporter of a report marked as its duplicate (via_report_id); the contact stays in
--              reporter_identity of that report and is looked up when a message is sent, nothing is copied;
--   PORTAL:    a citizen who chose "Ikuti laporan ini" on the portal and gave an email address or phone number.
-- Unfollowing ends the row and erases the contact given on the portal.
create table report_follower (
    id            bigserial primary key,
    report_id     bigint      not null references report (id),
    source        varchar(20) not null check (source in ('DUPLICATE', 'PORTAL')),
    via_report_id bigint references report (id),
    email         varchar(200),
    phone         varchar(20),
    language      varchar(2)  not null default 'id',
    since         timestamptz not null,
    ended_at      timestamptz,
    check ((source = 'DUPLICATE') = (via_report_id is not null)),
    check (source = 'DUPLICATE' or ended_at is not null or email is not null or phone is not null)
);
create index report_follower_report on report_follower (report_id) where ended_at is null;
create unique index report_follower_duplicate on report_follower (report_id, via_report_id) where ended_at is null;
create unique index report_follower_email on report_follower (report_id, lower(email))
    where ended_at is null and email is not null;
create unique index report_follower_phone on report_follower (report_id, phone)
    where ended_at is null and phone is not null and email is null;

-- the notification outbox also writes to followers (the address is looked up when the row is sent)
alter table notification add column follower_id bigint references report_follower (id);
alter table notification drop constraint notification_recipient_kind_check;
alter table notification add constraint notification_recipient_kind_check
    check (recipient_kind in ('REPORTER', 'STAFF_GROUP', 'FOLLOWER'));
alter table notification add constraint notification_follower_check
    check ((recipient_kind = 'FOLLOWER') = (follower_id is not null));
