-- The parameters the workloads take in turn (run by bench/run.sh; deterministic for a data set).
-- claims.txt: 2,000 claim ids spread over the whole range, in a shuffled but fixed order.
\o claims.txt
SELECT id FROM claim WHERE id % 100 = 37 ORDER BY hashtext(id::text);
-- match.txt: what a checker would paste into the search box: claims on file restated (lower case, no final stop,
-- numbers in other words), and claims not on file, with figures and without.
\o match.txt
SELECT replace(replace(replace(replace(lower(rtrim(text, '.')), 'almost five million', 'nearly 5,000,000'),
               'more than', 'over'), 'according to official figures', 'officials say'), 'twice', 'two times')
FROM claim WHERE id % 1000 = 511 ORDER BY hashtext(id::text);
SELECT 'The ' || w || ' minister said inflation fell to ' || n || ' percent in ' || c
FROM unnest(ARRAY['finance', 'health', 'trade', 'energy']) AS w,
     unnest(ARRAY['2', '3.5', '7']) AS n,
     unnest(ARRAY['Peru', 'Ghana', 'Norway', 'Greece', 'Laos']) AS c;
SELECT 'Most of the ' || t || ' sent to ' || c || ' were never inspected, the opposition says'
FROM unnest(ARRAY['artillery shells', 'vaccines', 'wind turbines', 'tanks', 'nurses']) AS t,
     unnest(ARRAY['Ukraine', 'Kenya', 'Brazil', 'Poland']) AS c;
\o
