-- The duplicate search no longer matches titles through their trigrams: with the same phrasing in thousands of titles
-- ("Pendaftaran sekolah online gagal untuk warga Jl. ..."), one title matched 2,539 of 30,600 reports in the
-- benchmark and the index scan alone took 25 ms, growing with every report. Candidates come through their rarest
-- words (report_similarity_lexemes); the similarity of their titles is computed by the application. The index cost
-- every intake an update of a GIN index with about 60 trigrams.
drop index if exists report_title_trigram;
