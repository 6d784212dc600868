-- The benchmark data set: 10,000 articles, 5,000 speakers, 200,000 claims with their evidence, verdicts and audit
-- trail, and two bench desk members, loaded into a database that factdesk has already migrated (run factdesk
-- against it once first). Deterministic from the seed: every random choice is a hash of (seed, row, purpose), not
-- a call of random(), so the same seed gives the same rows whatever plan or order PostgreSQL picks.
--
--   psql -v seed=42 -f generate.sql postgres://postgres@127.0.0.1:5432/factdesk_bench
--
-- Claims keep their audit trail consistent with their state (CREATED, then the transitions and findings that led
-- there; version = number of changes since). Their claim_match_text rows are left to factdesk's own
-- ClaimTextBackfill at its next start, so that matching sees exactly the normalization of ClaimText.
-- The load runs with session_replication_role = replica, which skips the alert triggers of V3: the bulk-loaded
-- claims are history, not news, and 200,000 deferred trigger calls at commit would double the load time.
\set ON_ERROR_STOP on
\if :{?seed}
\else
\set seed 42
\endif

SET session_replication_role = replica;
SET max_parallel_workers_per_gather = 0;

-- Starts from empty tables, so that a second load gives the same rows and ids as the first.
TRUNCATE article, person, claim, evidence, verdict, verification_event, claim_event, claim_match_text, claim_link,
    person_merge RESTART IDENTITY CASCADE;

DROP SCHEMA IF EXISTS bench_gen CASCADE;
CREATE SCHEMA bench_gen;

-- A uniform number in [0, 1) for (row, purpose), stable for a seed.
-- (psql does not substitute variables inside function bodies, hence the setting.)
SELECT set_config('bench.seed', :'seed', false);
CREATE FUNCTION bench_gen.r(i bigint, purpose text) RETURNS float8 LANGUAGE sql STABLE AS $$
    SELECT (hashtextextended(purpose || ':' || i, current_setting('bench.seed')::bigint) & 9007199254740991)::float8
           / 9007199254740992
$$;
-- One element of a word list, picked by (row, purpose).
CREATE FUNCTION bench_gen.pick(words text[], i bigint, purpose text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT words[1 + floor(bench_gen.r(i, purpose) * cardinality(words))::int]
$$;

-- Every word list in one row, stored uncompressed: a compressed array would be decompressed at every pick.
CREATE TABLE bench_gen.vocab (
    first text[] NOT NULL,
    last text[] NOT NULL,
    role text[] NOT NULL,
    org text[] NOT NULL,
    field text[] NOT NULL,
    country text[] NOT NULL,
    outlet text[] NOT NULL,
    quantity text[] NOT NULL,
    thing text[] NOT NULL,
    verb text[] NOT NULL,
    period text[] NOT NULL,
    frame text[] NOT NULL,
    topic text[] NOT NULL,
    word text[] NOT NULL,
    syllable text[] NOT NULL,
    adjective text[] NOT NULL,
    month text[] NOT NULL
);
ALTER TABLE bench_gen.vocab ALTER syllable SET STORAGE PLAIN, ALTER adjective SET STORAGE PLAIN,
    ALTER month SET STORAGE PLAIN, ALTER first SET STORAGE PLAIN, ALTER last SET STORAGE PLAIN,
    ALTER role SET STORAGE PLAIN, ALTER org SET STORAGE PLAIN, ALTER field SET STORAGE PLAIN,
    ALTER country SET STORAGE PLAIN, ALTER outlet SET STORAGE PLAIN, ALTER quantity SET STORAGE PLAIN,
    ALTER thing SET STORAGE PLAIN, ALTER verb SET STORAGE PLAIN, ALTER period SET STORAGE PLAIN,
    ALTER frame SET STORAGE PLAIN, ALTER topic SET STORAGE PLAIN, ALTER word SET STORAGE PLAIN;
INSERT INTO bench_gen.vocab VALUES (
    '{Anna,Ben,Carla,David,Elena,Farid,Grace,Hiro,Ines,Jonas,Kim,Lena,Marco,Nadia,Omar,Paula,Quentin,Rosa,Samir,Tara,Ulla,Victor,Wen,Xavier,Yara,Zoltan,Amira,Bruno,Chloe,Dmitri,Esther,Felix,Giulia,Hassan,Ingrid,Jamal,Katja,Luis,Mei,Nils,Olga,Pedro,Rania,Sven,Tomasz,Uma,Vera,Walter,Yusuf,Zara}',
    '{Adams,Baker,Castillo,Dubois,Eriksen,Fischer,Garcia,Hughes,Ivanova,Jensen,Kowalski,Lopez,Moreau,Nakamura,Okafor,Petrov,Quinn,Rossi,Schmidt,Tanaka,Usman,Varga,Weber,Xu,Yilmaz,Zimmermann,Alvarez,Brennan,Costa,Dahl,Ekstrom,Ferrari,Gomez,Haddad,Iqbal,Jovanovic,Kim,Lindqvist,Mendes,Novak,Olsen,Park,Reyes,Sato,Torres,Ueda,Volkov,Wong,Young,Zhou}',
    '{"defense minister","finance minister","health minister","opposition leader","senator","governor","mayor","central bank governor","army spokesperson","economist","union leader","chief executive","party chair","foreign minister","police commissioner","climate envoy","trade representative","professor of economics","campaign manager","prime minister"}',
    '{Ministry,Institute,Agency,Council,Bureau,Office,Commission,Federation,Association,Foundation}',
    '{Defense,Statistics,Health,Energy,Trade,Migration,Education,Housing,Transport,Agriculture,Finance,Labour,Environment,Justice,Tourism}',
    '{"South Korea","North Korea",Russia,Ukraine,Germany,France,Brazil,India,Nigeria,Japan,Canada,Mexico,Poland,Turkey,Egypt,Kenya,Spain,Italy,Sweden,Chile,Argentina,Indonesia,Vietnam,Australia,"the United States","the United Kingdom",China,Iran,Israel,"South Africa"}',
    '{"Warrior Maven","Daily Ledger","The Morning Post","Coastal Herald","Capital Wire","Evening Standard Review","Northern Gazette","Global Monitor","Metro Times","Field Report"}',
    '{"almost five million","more than 300,000","nearly 40 percent","two thirds","1.2 billion","about 7,000","fewer than 900","over 12 percent","three times","half","a million","25,000","4.5 percent","one in five","80 billion","six thousand","more than 2,000","almost 90 percent","15 million","twice"}',
    '{"artillery shells","shipping containers","jobs","new homes","hospital beds","asylum applications","tonnes of grain","teachers","electric cars","wind turbines","police officers","doctors","students","tourists","barrels of oil","vaccines","drones","refugees","factories","miles of railway","small businesses","nurses","solar panels","tanks","migrants","pensioners","patients","homes without power","schools","prisoners"}',
    '{"were sent to","were built in","were lost in","were imported into","were exported from","were promised to","were cut in","were delivered to","were recorded in","were created in","left","arrived in","were destroyed in","were funded in","disappeared from"}',
    '{"last year","since 2020","in the past decade","this year","in the last six months","since the war began","over the past five years","in 2023","in 2024","during the pandemic","since the election","in the first quarter","last month","since 2015","over two years"}',
    '{"{Q} {T} {V} {C} {P}.","{C} now has {Q} {T}, more than any other country {P}.","Since the reform, {Q} {T} {V} {C}.","{Q} {T} {V} {C} {P}, according to official figures.","The government spent {Q} on {T} {P}, the highest level on record.","{P}, {Q} {T} {V} {C}, twice the previous estimate.","Under the new policy {Q} {T} {V} {C}.","{C} has lost {Q} {T} {P}, the steepest fall in Europe.","Not a single one of the {Q} {T} that {V} {C} {P} was inspected.","Unemployment among {T} rose to {Q} {P}."}',
    '{war,economy,health,migration,energy,climate,housing,education,trade,crime,elections,budget,transport,farming,technology}',
    '{report,officials,statement,figures,analysis,sources,interview,briefing,warning,estimate,program,plan,investment,shortage,crisis,agreement,sanctions,exports,budget,ceasefire,supply,demand,prices,record,decline,growth,spending,protest,inquiry,review}',
    '{ka,lo,mir,ven,tas,or,bel,dra,nik,sa,tor,ul,gan,re,vo,shi,ba,len,ko,zar,mi,pe,dun,ha,il,rost,ya,che,mon,ez}',
    '{military,foreign,rural,urban,public,private,used,new,unregistered,Chinese-made,subsidised,imported,unpaid,temporary,illegal,licensed,armoured,state-owned,second-hand,undocumented,retired,qualified,empty,damaged,unsold,cheap,modern,local,overseas,regional}',
    '{January,February,March,April,May,June,July,August,September,October,November,December}'
);

-- The parts of a claim's text. Each claim has its own figure and often its own place, as real claims do: the
-- same sentence frames filled from small word lists alone would make every claim a near-copy of thousands of
-- others, which no desk's archive looks like (and which would make "have we checked this before?" meaningless).
-- A figure: 15 % in words from the list ("almost five million"), else a count, a percentage or a number of millions
-- or billions, with or without a qualifier.
CREATE FUNCTION bench_gen.quantity(i bigint, v bench_gen.vocab) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN bench_gen.r(i, 'qk') < 0.15 THEN bench_gen.pick(v.quantity, i, 'q')
                ELSE (ARRAY['', 'almost ', 'more than ', 'nearly ', 'about ', 'fewer than ', 'over '])
                         [1 + floor(bench_gen.r(i, 'qp') * 7)::int]
                     || CASE WHEN bench_gen.r(i, 'qk') < 0.5
                                 THEN to_char(floor(power(10, 2 + bench_gen.r(i, 'qn') * 5)), 'FM999,999,999')
                             WHEN bench_gen.r(i, 'qk') < 0.75
                                 THEN round((bench_gen.r(i, 'qn') * 99 + 0.5)::numeric, 1) || ' percent'
                             ELSE round((bench_gen.r(i, 'qn') * 99 + 1)::numeric / 10, 1)
                                  || CASE WHEN bench_gen.r(i, 'qs') < 0.7 THEN ' million' ELSE ' billion' END END END
$$;
-- A thing, half the time qualified ("unregistered drones").
CREATE FUNCTION bench_gen.thing(i bigint, v bench_gen.vocab) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN bench_gen.r(i, 'ta') < 0.5 THEN bench_gen.pick(v.adjective, i, 'a') || ' ' ELSE '' END
           || bench_gen.pick(v.thing, i, 't')
$$;
-- A place: a country, or one of some 27,000 towns and regions in it.
CREATE FUNCTION bench_gen.place(i bigint, v bench_gen.vocab) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN bench_gen.r(i, 'pk') < 0.5 THEN bench_gen.pick(v.country, i, 'c')
                ELSE initcap(bench_gen.pick(v.syllable, i, 's1') || bench_gen.pick(v.syllable, i, 's2')
                             || bench_gen.pick(v.syllable, i, 's3'))
                     || CASE WHEN bench_gen.r(i, 'pr') < 0.5 THEN ', ' || bench_gen.pick(v.country, i, 'c')
                             ELSE ' region' END END
$$;
-- A period: from the list, or a month of a year.
CREATE FUNCTION bench_gen.period(i bigint, v bench_gen.vocab) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN bench_gen.r(i, 'pk2') < 0.6 THEN bench_gen.pick(v.period, i, 'p')
                ELSE 'in ' || bench_gen.pick(v.month, i, 'm') || ' ' || (2010 + floor(bench_gen.r(i, 'y') * 17)::int) END
$$;
-- The text of claim i: a sentence frame with a quantity, a thing, a verb, a place and a period (the caller
-- capitalizes it). One expression, so that PostgreSQL inlines it.
CREATE FUNCTION bench_gen.claim_text(i bigint, v bench_gen.vocab) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT replace(replace(replace(replace(replace(bench_gen.pick(v.frame, i, 'frame'),
               '{Q}', bench_gen.quantity(i, v)),
               '{T}', bench_gen.thing(i, v)),
               '{V}', bench_gen.pick(v.verb, i, 'v')),
               '{C}', bench_gen.place(i, v)),
               '{P}', bench_gen.period(i, v))
$$;
CREATE FUNCTION bench_gen.capitalized(sentence text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT upper(left(sentence, 1)) || substr(sentence, 2)
$$;

-- Members the load tool signs in as (through /dev/tokens).
INSERT INTO member (username, display_name, roles) VALUES
    ('bench_checker', 'Bench Checker', '{CHECKER}'),
    ('bench_editor', 'Bench Editor', '{EDITOR}')
ON CONFLICT (username) DO NOTHING;

-- 5,000 speakers: 85 % people (first + last name, a role, a country), 15 % organizations.
INSERT INTO person (id, name, kind, role, affiliation, created_at) OVERRIDING SYSTEM VALUE
SELECT i,
       CASE WHEN bench_gen.r(i, 'kind') < 0.85
            THEN bench_gen.pick(v.first, i, 'first') || ' ' || bench_gen.pick(v.last, i, 'last') || ' ' || i
            ELSE bench_gen.pick(v.field, i, 'field') || ' ' || bench_gen.pick(v.org, i, 'org') || ' of '
                 || bench_gen.pick(v.country, i, 'pc') || ' ' || i END,
       CASE WHEN bench_gen.r(i, 'kind') < 0.85 THEN 'PERSON' ELSE 'ORGANIZATION' END,
       CASE WHEN bench_gen.r(i, 'kind') < 0.85 THEN bench_gen.pick(v.role, i, 'role') END,
       bench_gen.pick(v.country, i, 'pc'),
       timestamptz '2020-01-01' + i * interval '1 hour'
FROM generate_series(1, 5000) AS i CROSS JOIN bench_gen.vocab v;

-- 10,000 articles over three years, with a headline and a body of a few of the claims' sentences.
INSERT INTO article (id, headline, byline, outlet, url, published_at, body, created_at) OVERRIDING SYSTEM VALUE
SELECT i,
       initcap(bench_gen.pick(v.topic, i, 'ht')) || ': ' || bench_gen.pick(v.country, i, 'hc') || ' ' ||
           bench_gen.pick(v.word, i, 'hw') || ' on ' || bench_gen.pick(v.thing, i, 'hth') || ' (' || i || ')',
       bench_gen.pick(v.first, i, 'bf') || ' ' || bench_gen.pick(v.last, i, 'bl'),
       bench_gen.pick(v.outlet, i, 'outlet'),
       'https://news.example/' || i,
       timestamptz '2023-01-01' + i * interval '150 minutes',
       bench_gen.capitalized(bench_gen.claim_text(i * 20, v)) || ' '
           || bench_gen.capitalized(bench_gen.claim_text(i * 20 + 1, v)) || ' The ' ||
           bench_gen.pick(v.word, i, 'b1') || ' was published by the ' || bench_gen.pick(v.field, i, 'bf2') || ' ' ||
           bench_gen.pick(v.org, i, 'bo') || '. ' || bench_gen.capitalized(bench_gen.claim_text(i * 20 + 2, v)) || ' ' ||
           bench_gen.capitalized(bench_gen.claim_text(i * 20 + 3, v)) || ' Officials did not comment on the ' ||
           bench_gen.pick(v.word, i, 'b2') || '.',
       timestamptz '2023-01-01' + i * interval '150 minutes'
FROM generate_series(1, 10000) AS i CROSS JOIN bench_gen.vocab v;

-- What happened to claim i: its state (newer claims are more often still NEW), evidence and verdict.
CREATE TABLE bench_gen.plan AS
SELECT i,
       state,
       CASE WHEN state IN ('IN_PROGRESS') THEN floor(bench_gen.r(i, 'ev') * 4)::int
            WHEN state IN ('IN_REVIEW', 'PUBLISHED') THEN 1 + floor(bench_gen.r(i, 'ev') * 4)::int
            ELSE 0 END AS evidence,
       timestamptz '2023-01-01' + i * interval '450 seconds' AS created_at
FROM (SELECT i,
             CASE WHEN s < 0.15 + 0.5 * i / 200000.0 THEN 'NEW'
                  WHEN s < 0.30 + 0.5 * i / 200000.0 THEN 'IN_PROGRESS'
                  WHEN s < 0.35 + 0.5 * i / 200000.0 THEN 'IN_REVIEW'
                  WHEN s < 0.40 + 0.5 * i / 200000.0 THEN 'DISMISSED'
                  ELSE 'PUBLISHED' END AS state
      FROM (SELECT i, bench_gen.r(i, 'state') AS s FROM generate_series(1, 200000) AS i) AS draw) AS states;
ALTER TABLE bench_gen.plan ADD PRIMARY KEY (i);

-- 200,000 claims, each in an article, 90 % attributed (a few speakers make most of the claims).
INSERT INTO claim (id, article_id, text, span_start, span_end, claimant_id, state, check_worthiness, created_at,
                   updated_at, version) OVERRIDING SYSTEM VALUE
SELECT p.i,
       1 + floor(bench_gen.r(p.i, 'article') * 10000)::int,
       bench_gen.capitalized(bench_gen.claim_text(p.i, v)),
       NULL, NULL,
       CASE WHEN bench_gen.r(p.i, 'attributed') < 0.9 THEN 1 + floor(power(bench_gen.r(p.i, 'claimant'), 2) * 5000)::int END,
       p.state,
       round(bench_gen.r(p.i, 'worth')::numeric, 2)::real,
       p.created_at,
       p.created_at + interval '1 hour',
       CASE p.state WHEN 'NEW' THEN 0 WHEN 'DISMISSED' THEN 1 WHEN 'IN_PROGRESS' THEN 1 + p.evidence
                    WHEN 'IN_REVIEW' THEN 3 + p.evidence ELSE 4 + p.evidence END
FROM bench_gen.plan p CROSS JOIN bench_gen.vocab v;

INSERT INTO evidence (claim_id, url, source_name, excerpt, stance, added_by, added_at)
SELECT p.i,
       'https://source.example/' || p.i || '/' || n,
       bench_gen.pick(v.field, p.i * 10 + n, 'esf') || ' ' || bench_gen.pick(v.org, p.i * 10 + n, 'eso'),
       'The ' || bench_gen.pick(v.word, p.i * 10 + n, 'ew') || ' gives ' || bench_gen.pick(v.quantity, p.i * 10 + n, 'eq')
           || ' for ' || bench_gen.pick(v.thing, p.i, 't') || '.',
       (ARRAY['SUPPORTS', 'REFUTES', 'CONTEXT'])[1 + floor(bench_gen.r(p.i * 10 + n, 'stance') * 3)::int],
       'bench_checker',
       p.created_at + n * interval '10 minutes'
FROM bench_gen.plan p CROSS JOIN LATERAL generate_series(1, p.evidence) AS n CROSS JOIN bench_gen.vocab v
ORDER BY p.i, n;

INSERT INTO verdict (claim_id, rating, summary, given_by, given_at, published_at)
SELECT p.i,
       (ARRAY['TRUE', 'MOSTLY_TRUE', 'MIXED', 'MISLEADING', 'MOSTLY_FALSE', 'FALSE', 'UNPROVEN'])
           [1 + floor(bench_gen.r(p.i, 'rating') * 7)::int],
       'The ' || bench_gen.pick(v.word, p.i, 'vw') || ' does not support the figure as stated.',
       'bench_checker',
       p.created_at + interval '50 minutes',
       CASE WHEN p.state = 'PUBLISHED' THEN p.created_at + interval '55 minutes' END
FROM bench_gen.plan p CROSS JOIN bench_gen.vocab v
WHERE p.state IN ('IN_REVIEW', 'PUBLISHED')
ORDER BY p.i;

-- The audit trail, in the order the workflow writes it.
INSERT INTO verification_event (claim_id, kind, from_state, to_state, actor, note, detail, at)
SELECT claim_id, kind, from_state, to_state, actor, note, detail, at
FROM (
    SELECT p.i AS claim_id, 'CREATED' AS kind, NULL AS from_state, 'NEW' AS to_state, 'bench_reporter' AS actor,
           NULL AS note, NULL AS detail, p.created_at AS at, 0 AS step
    FROM bench_gen.plan p
    UNION ALL
    SELECT p.i, 'TRANSITION', 'NEW', 'DISMISSED', 'bench_editor', 'Not checkable', NULL, p.created_at + interval '5 minutes', 1
    FROM bench_gen.plan p WHERE p.state = 'DISMISSED'
    UNION ALL
    SELECT p.i, 'TRANSITION', 'NEW', 'IN_PROGRESS', 'bench_checker', 'Taking it', NULL, p.created_at + interval '5 minutes', 1
    FROM bench_gen.plan p WHERE p.state IN ('IN_PROGRESS', 'IN_REVIEW', 'PUBLISHED')
    UNION ALL
    SELECT p.i, 'EVIDENCE_ADDED', 'IN_PROGRESS', 'IN_PROGRESS', 'bench_checker', NULL, 'evidence ' || n,
           p.created_at + n * interval '10 minutes', 1 + n
    FROM bench_gen.plan p CROSS JOIN LATERAL generate_series(1, p.evidence) AS n
    UNION ALL
    SELECT p.i, 'VERDICT_SET', 'IN_PROGRESS', 'IN_PROGRESS', 'bench_checker', NULL, 'proposed',
           p.created_at + interval '50 minutes', 10
    FROM bench_gen.plan p WHERE p.state IN ('IN_REVIEW', 'PUBLISHED')
    UNION ALL
    SELECT p.i, 'TRANSITION', 'IN_PROGRESS', 'IN_REVIEW', 'bench_checker', 'Ready', NULL,
           p.created_at + interval '52 minutes', 11
    FROM bench_gen.plan p WHERE p.state IN ('IN_REVIEW', 'PUBLISHED')
    UNION ALL
    SELECT p.i, 'TRANSITION', 'IN_REVIEW', 'PUBLISHED', 'bench_editor', 'Published', NULL,
           p.created_at + interval '55 minutes', 12
    FROM bench_gen.plan p WHERE p.state = 'PUBLISHED'
) AS events
ORDER BY claim_id, step;

SELECT setval(pg_get_serial_sequence('person', 'id'), (SELECT max(id) FROM person));
SELECT setval(pg_get_serial_sequence('article', 'id'), (SELECT max(id) FROM article));
SELECT setval(pg_get_serial_sequence('claim', 'id'), (SELECT max(id) FROM claim));

-- Marks the data set as complete, with its seed and the version of this generator (2: claims with their own
-- figures and places): bench/run.sh loads nothing when it finds the same.
DROP TABLE IF EXISTS bench_dataset;
CREATE TABLE bench_dataset (seed int NOT NULL, generator int NOT NULL, claims int NOT NULL,
                            loaded_at timestamptz NOT NULL);
INSERT INTO bench_dataset VALUES (:seed, 2, 200000, now());

DROP SCHEMA bench_gen CASCADE;
RESET session_replication_role;
VACUUM ANALYZE;
