-- Claim matching: "have we checked this before?". Each claim's text in the normalized form matching compares
-- (io.factdesk.matching.ClaimText: lower case, no accents or punctuation, numbers in digits) with the set of its
-- numbers, and the desk's decisions on suggested matches.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Kept beside the claim rather than in it, so that computing it never counts as a change of the claim.
CREATE TABLE claim_match_text (
    claim_id bigint    PRIMARY KEY REFERENCES claim (id) ON DELETE CASCADE,
    text     text      NOT NULL,
    numbers  numeric[] NOT NULL
);
-- Trigram search for similar texts (% and <% operators).
CREATE INDEX claim_match_text_trgm_idx ON claim_match_text USING gin (text gin_trgm_ops);

-- A pair is stored once, lower id first; CONFIRMED pairs state the same thing, REJECTED ones are not suggested again.
CREATE TABLE claim_link (
    claim_id       bigint      NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    other_claim_id bigint      NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    status         text        NOT NULL CHECK (status IN ('CONFIRMED', 'REJECTED')),
    actor          text        NOT NULL,
    note           text        CHECK (length(note) <= 5000),
    at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (claim_id, other_claim_id),
    CHECK (claim_id < other_claim_id)
);
CREATE INDEX claim_link_other_idx ON claim_link (other_claim_id);

ALTER TABLE verification_event DROP CONSTRAINT verification_event_kind_check;
ALTER TABLE verification_event ADD CONSTRAINT verification_event_kind_check
    CHECK (kind IN ('CREATED', 'TRANSITION', 'ASSIGNED', 'EVIDENCE_ADDED', 'VERDICT_SET', 'CLAIMANT_MERGED',
                    'LINKED', 'UNLINKED', 'VERDICT_ADOPTED'));
