-- The duplicate search (duplicate.SimilarReports) finds candidates that share a distinctive word with a report
-- (GIN index report_similarity_lexemes) or have a similar title (pg_trgm's "%" operator, GIN index
-- report_title_trigram). pg_trgm declares the function behind "%" as cheap as an integer comparison (cost 1), so with
-- most of a city's reports in the search's scope the planner chose a sequential scan that computes the trigrams of every
-- title in scope: 485 ms per verification task with 12,000 reports in the benchmark, nearly all of the database's CPU
-- while the job executor continued reports. Declared at the cost of an ordinary function, the planner combines both
-- indexes (BitmapOr) instead: 159 ms for the same search. The extension is created by the application's migrations
-- (V15), so their user owns the function; where it does not, the migration leaves it and says so.
do $$
begin
    alter function similarity_op(text, text) cost 100;
exception when insufficient_privilege then
    raise notice 'similarity_op(text, text) keeps its cost: the owner of pg_trgm should run: alter function similarity_op(text, text) cost 100';
end
$$;
