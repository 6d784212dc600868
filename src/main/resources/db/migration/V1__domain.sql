-- The fact desk's domain (closed sets are text with CHECK constraints, mirrored by Java enums): articles, the people and organizations who make claims, the claims, the evidence
-- gathered for them, verdicts, and the append-only audit trail of every state change.

CREATE TABLE article (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    headline     text        NOT NULL CHECK (length(headline) BETWEEN 1 AND 500),
    byline       text        CHECK (length(byline) <= 300),
    outlet       text        NOT NULL CHECK (length(outlet) BETWEEN 1 AND 200),
    url          text        NOT NULL UNIQUE CHECK (length(url) <= 2000),
    published_at timestamptz NOT NULL,
    body         text        NOT NULL CHECK (length(body) BETWEEN 1 AND 200000),
    created_at   timestamptz NOT NULL DEFAULT now(),
    search       tsvector    GENERATED ALWAYS AS (
                     setweight(to_tsvector('english', headline), 'A') || to_tsvector('english', body)) STORED
);
-- Query.articles pages newest first.
CREATE INDEX article_published_idx ON article (published_at DESC, id DESC);
CREATE INDEX article_search_idx ON article USING gin (search);

CREATE TABLE person (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text         NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind        text         NOT NULL DEFAULT 'PERSON' CHECK (kind IN ('PERSON', 'ORGANIZATION')),
    role        text         CHECK (length(role) <= 300),
    affiliation text         CHECK (length(affiliation) <= 300),
    created_at  timestamptz  NOT NULL DEFAULT now()
);
-- Query.people pages by name; its search matches any part of the name.
CREATE INDEX person_name_idx ON person (lower(name), id);
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX person_name_trgm_idx ON person USING gin (lower(name) gin_trgm_ops);

CREATE TABLE claim (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id        bigint             NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    text              text               NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
    span_start        integer,
    span_end          integer,
    claimant_id       bigint             REFERENCES person (id),
    state             text               NOT NULL DEFAULT 'NEW' CHECK (state IN ('NEW', 'IN_PROGRESS', 'IN_REVIEW', 'PUBLISHED', 'DISMISSED')),
    check_worthiness  real               CHECK (check_worthiness BETWEEN 0 AND 1),
    created_at        timestamptz        NOT NULL DEFAULT now(),
    updated_at        timestamptz        NOT NULL DEFAULT now(),
    version           integer            NOT NULL DEFAULT 0,
    search            tsvector           GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    CONSTRAINT claim_span_is_range CHECK (
        (span_start IS NULL AND span_end IS NULL)
        OR (span_start >= 0 AND span_end > span_start))
);
-- Query.claims pages newest first (id order), optionally narrowed by state.
CREATE INDEX claim_state_idx ON claim (state, id DESC);
-- Article.claims pages in text order; claims without a position come last.
CREATE INDEX claim_article_idx ON claim (article_id, (coalesce(span_start, 2147483647)), id);
-- Person.claims pages newest first.
CREATE INDEX claim_claimant_idx ON claim (claimant_id, id DESC);
CREATE INDEX claim_search_idx ON claim USING gin (search);

CREATE TABLE evidence (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id    bigint      NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    url         text        NOT NULL CHECK (length(url) <= 2000),
    source_name text        NOT NULL CHECK (length(source_name) BETWEEN 1 AND 300),
    excerpt     text        CHECK (length(excerpt) <= 5000),
    stance      text        NOT NULL CHECK (stance IN ('SUPPORTS', 'REFUTES', 'CONTEXT')),
    added_by    text        NOT NULL,
    added_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evidence_claim_idx ON evidence (claim_id, id);

-- Every verdict ever given is kept: a reopened claim gets a new one and the old stays for the record.
CREATE TABLE verdict (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id     bigint      NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    rating       text        NOT NULL CHECK (rating IN ('TRUE', 'MOSTLY_TRUE', 'MIXED', 'MISLEADING', 'MOSTLY_FALSE', 'FALSE', 'UNPROVEN')),
    summary      text        NOT NULL CHECK (length(summary) BETWEEN 1 AND 5000),
    given_by     text        NOT NULL,
    given_at     timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz
);
CREATE INDEX verdict_claim_idx ON verdict (claim_id, id DESC);

-- Append-only: rows are inserted with the change they record, in the same transaction, and never updated.
CREATE TABLE verification_event (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id   bigint             NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    from_state text,
    to_state   text               NOT NULL,
    actor      text               NOT NULL,
    note       text               CHECK (length(note) <= 5000),
    at         timestamptz        NOT NULL DEFAULT now()
);
CREATE INDEX verification_event_claim_idx ON verification_event (claim_id, id);
