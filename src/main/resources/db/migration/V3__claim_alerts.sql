-- Claim alerts: an outbox of claim changes, written by triggers in the transaction of the change, and a NOTIFY
-- that wakes every server instance when such a transaction commits. The table is the truth; NOTIFY only says
-- "read the table again", so a lost notification delays an alert but never loses it.
--
-- Why the ids commit in order. Subscribers resume with "the events after id N". With plain identity ids that
-- would lose events: transaction A takes id 7, B takes id 8, B commits, a reader sees 8 and moves its cursor past
-- it, then A commits 7 behind the cursor. So ids are taken at commit time, one committing transaction at a time:
--   * the triggers are DEFERRABLE INITIALLY DEFERRED constraint triggers, so they run during COMMIT, after the
--     transaction's last statement;
--   * the first of them takes a transaction-scoped advisory lock before it takes an id, and the lock is released
--     only after the commit is visible to other sessions (PostgreSQL makes a commit visible before it releases
--     the transaction's locks).
-- So when id 8 is visible, every transaction that took a lower id has already committed or rolled back: a reader
-- that has seen id N can never later see a new id below N. Ids of rolled-back transactions are simply missing.
-- The lock is held only for the commit itself, which NOTIFY serializes anyway (a notifying transaction holds a
-- cluster-wide lock from queueing its notifications until after its commit, see async.c), so it costs next to no
-- concurrency beyond what NOTIFY already does, and it is always taken before that lock, so it cannot deadlock.
--
-- Rejected alternative: order by transaction id and read only below the snapshot's xmin. Any long transaction
-- anywhere in the cluster would then hold every alert back, and nothing would wake the readers when it ends.

CREATE TABLE claim_event (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             text        NOT NULL CHECK (kind IN ('CLAIM_ADDED', 'CLAIM_UPDATED')),
    -- No foreign key: an event outlives its claim (a deleted article takes its claims along).
    claim_id         bigint      NOT NULL,
    -- The claim as the transaction left it, so that filters judge a replayed event as they judged the live one.
    claim_version    integer     NOT NULL,
    article_id       bigint      NOT NULL,
    claimant_id      bigint,
    state            text        NOT NULL,
    -- The state before the transaction changed the claim; null for CLAIM_ADDED.
    previous_state   text,
    check_worthiness real,
    xact_id          xid8        NOT NULL DEFAULT pg_current_xact_id(),
    at               timestamptz NOT NULL DEFAULT clock_timestamp()
);
-- One event per claim per transaction: the trigger looks for an event the transaction already wrote.
CREATE INDEX claim_event_claim_idx ON claim_event (claim_id, id);

COMMENT ON TABLE claim_event IS 'Outbox of claim changes; ids are allocated at commit, in commit order (see V3)';

CREATE FUNCTION record_claim_event() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    final claim%ROWTYPE;
BEGIN
    -- Serializes the committing transactions that write events, until their commit is visible: see the top.
    -- The key is an arbitrary constant that only this trigger uses.
    PERFORM pg_advisory_xact_lock(7317100542);

    -- A transaction that inserts a claim and then updates it, or updates it twice, alerts once: its first event
    -- (INSERT or the first UPDATE, as deferred triggers fire in the order of the changes) records the claim as the
    -- transaction leaves it, and the later ones find that event and stop.
    IF EXISTS (SELECT 1 FROM claim_event WHERE claim_id = NEW.id AND xact_id = pg_current_xact_id()) THEN
        RETURN NULL;
    END IF;
    SELECT * INTO final FROM claim WHERE id = NEW.id;
    IF NOT FOUND THEN
        RETURN NULL; -- deleted by the same transaction: nothing to alert about
    END IF;

    INSERT INTO claim_event (kind, claim_id, claim_version, article_id, claimant_id, state, previous_state,
                             check_worthiness)
    VALUES (CASE TG_OP WHEN 'INSERT' THEN 'CLAIM_ADDED' ELSE 'CLAIM_UPDATED' END,
            final.id, final.version, final.article_id, final.claimant_id, final.state,
            CASE TG_OP WHEN 'UPDATE' THEN OLD.state END,
            final.check_worthiness);

    -- Delivered on commit only, so a rolled-back claim never alerts. Identical payloads of one transaction are
    -- folded into one notification: listeners read the table, they need no more than a wake-up.
    PERFORM pg_notify('claim_event', '');
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER claim_event_on_insert
    AFTER INSERT ON claim
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE FUNCTION record_claim_event();

-- Only updates that change something: the workflow bumps version and updated_at with every change of a claim.
CREATE CONSTRAINT TRIGGER claim_event_on_update
    AFTER UPDATE ON claim
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*)
    EXECUTE FUNCTION record_claim_event();
