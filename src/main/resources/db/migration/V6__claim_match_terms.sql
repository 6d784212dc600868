-- Matching looks up candidates by their rare words instead of by trigrams. A trigram index cannot find the claims
-- similar to a text quickly: the trigrams every sentence has ("the", "ed ", "ing") make each lookup read most of
-- the index, and each candidate costs a similarity computation. A claim that states the same thing as another
-- shares its rarest words (the place, the thing, the figure), and those have short lists in a word index.

-- The words of the normalized text, stemmed and without stop words ("shells" and "shell" are one term).
ALTER TABLE claim_match_text
    ADD COLUMN terms tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX claim_match_text_terms_idx ON claim_match_text USING gin (terms);
-- How common each term is comes from PostgreSQL's own statistics of this column (pg_stats.most_common_elems;
-- this target keeps up to 10,000 terms, enough to rank the terms of a large desk's claims), copied into
-- claim_match_term by io.factdesk.matching.ClaimTermFrequencies every few minutes: reading them from pg_stats at
-- each lookup would parse the whole list each time. A term missing from them is rarer than all of them.
ALTER TABLE claim_match_text ALTER COLUMN terms SET STATISTICS 1000;
CREATE TABLE claim_match_term (
    term      text PRIMARY KEY,
    frequency real NOT NULL CHECK (frequency BETWEEN 0 AND 1)
);

DROP INDEX claim_match_text_trgm_idx;

-- What a text's candidates must contain, from its four rarest terms: any rare one of them (in at most 1 claim in
-- 500), or any two of the others together. A place or a figure alone finds the few claims that name it; "refugees"
-- or "2024" alone would bring thousands, "refugees" with "2024" a few hundred. A text of a single term needs it.
-- The cast from text reads the quoted terms as they are: normalized text has letters, digits and dots only.
CREATE FUNCTION claim_match_candidates(terms tsvector) RETURNS tsquery LANGUAGE sql STABLE AS $$
    WITH rarest AS (
        SELECT t.term, coalesce(f.frequency, 0) <= 0.002 AS rare
        FROM unnest(tsvector_to_array(terms)) AS t (term) LEFT JOIN claim_match_term f USING (term)
        ORDER BY coalesce(f.frequency, 0), length(t.term) DESC, t.term
        LIMIT 4),
    alternatives AS (
        SELECT quote_literal(term) AS alternative FROM rarest WHERE rare OR (SELECT count(*) FROM rarest) = 1
        UNION ALL
        SELECT quote_literal(a.term) || ' & ' || quote_literal(b.term)
        FROM rarest a JOIN rarest b ON a.term < b.term
        WHERE NOT a.rare AND NOT b.rare)
    SELECT coalesce(string_agg(alternative, ' | '), '')::tsquery FROM alternatives
$$;

-- The statistics of the new column, now: autovacuum would count them only after many more claims.
ANALYZE claim_match_text;
