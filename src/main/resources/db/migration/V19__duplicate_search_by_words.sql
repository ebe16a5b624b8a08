-- The duplicate search finds its candidates through their rarest words only, and scores titles itself.
--
-- No more trigram index on titles: with the same phrasing in thousands of titles ("Pendaftaran sekolah online gagal
-- untuk warga Jl. ..."), one title matched 2,539 of 30,600 reports in the benchmark and the index scan alone took
-- 25 ms, growing with every report; and each intake updated a GIN index with about 60 trigrams. The application
-- computes the trigram similarity of the candidates' titles (pg_trgm's algorithm).
drop index if exists report_title_trigram;

-- The title's lexemes carry weight A: the search reads a candidate's title words from the stored lexemes
-- (ts_filter) instead of parsing and stemming every candidate's title again (about half of the search's time under
-- load), and ts_rank ranks a match in the title above one in the description. The same lexemes as before otherwise.
alter table report drop column similarity_lexemes;
alter table report add column similarity_lexemes tsvector
    generated always as (setweight(to_tsvector('lapor_indonesian', title), 'A')
                         || to_tsvector('lapor_indonesian', left(description, 2000))) stored;
create index report_similarity_lexemes on report using gin (similarity_lexemes);
