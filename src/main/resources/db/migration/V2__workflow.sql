-- The verification workflow: desk members, assignment, richer audit events, and the record of merged speakers.

-- Desk members as their sign-in tokens name them; recorded when they first act or sign in.
CREATE TABLE member (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username     text        NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 200),
    display_name text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    roles        text[]      NOT NULL CHECK (roles <@ ARRAY['REPORTER', 'CHECKER', 'EDITOR', 'ADMIN']),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE claim ADD COLUMN assignee_id bigint REFERENCES member (id);
CREATE INDEX claim_assignee_idx ON claim (assignee_id, id DESC) WHERE assignee_id IS NOT NULL;

-- Audit events record more than state changes: assignments, evidence and verdicts too.
ALTER TABLE verification_event
    ADD COLUMN kind   text NOT NULL DEFAULT 'TRANSITION'
        CHECK (kind IN ('CREATED', 'TRANSITION', 'ASSIGNED', 'EVIDENCE_ADDED', 'VERDICT_SET', 'CLAIMANT_MERGED')),
    ADD COLUMN detail text CHECK (length(detail) <= 1000);
UPDATE verification_event SET kind = 'CREATED' WHERE from_state IS NULL;
ALTER TABLE verification_event ALTER COLUMN kind DROP DEFAULT;

-- What a merge removed, so that no speaker record is lost without trace.
CREATE TABLE person_merge (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kept_id            bigint      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    merged_id          bigint      NOT NULL,
    merged_name        text        NOT NULL,
    merged_kind        text        NOT NULL,
    merged_role        text,
    merged_affiliation text,
    claims_moved       integer     NOT NULL,
    actor              text        NOT NULL,
    at                 timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_merge_kept_idx ON person_merge (kept_id);
