-- Indexes the query benchmark (docs/readme/benchmark-queries.md) showed to be needed with 1,000,000 reports.
--
-- The public report list filtered by region (/laporan?wilayah=...) counted its rows with a sequential scan of every
-- report (355 ms for one city); by region and newest first it reads only that region's reports.
create index report_region_submitted on report (region_code, submitted_at);
