package io.factdesk.verification;

import java.time.Instant;
import java.util.Collection;

import io.factdesk.db.LateralJoin;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/** Reads what the desk recorded while checking claims: evidence, verdicts, the audit trail. */
@Repository
class VerificationRepository {

    private final DatabaseClient db;

    VerificationRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<Evidence> findEvidence(Collection<Long> claimIds) {
        return this.db.sql("""
                        SELECT id, claim_id, url, source_name, excerpt, stance, added_by, added_at
                        FROM evidence WHERE claim_id = ANY(:claimIds) ORDER BY claim_id, id""")
                .bind("claimIds", claimIds.toArray(Long[]::new))
                .map(VerificationRepository::evidence)
                .all();
    }

    /** The number of evidence items of the claim whose id is the page's {@code pageColumn}. */
    static LateralJoin<Integer> evidenceCountJoin(String alias, String pageColumn) {
        return LateralJoin.valueOf(alias, "count(*)::int", "FROM evidence WHERE evidence.claim_id = page."
                + pageColumn, Integer.class);
    }

    Flux<ClaimCount> countEvidence(Collection<Long> claimIds) {
        return this.db.sql("""
                        SELECT claim_id, count(*) AS evidence FROM evidence
                        WHERE claim_id = ANY(:claimIds) GROUP BY claim_id""")
                .bind("claimIds", claimIds.toArray(Long[]::new))
                .map(row -> new ClaimCount(row.get("claim_id", Long.class), row.get("evidence", Long.class)))
                .all();
    }

    Flux<VerificationEvent> findHistory(Collection<Long> claimIds) {
        return this.db.sql("""
                        SELECT id, claim_id, kind, from_state, to_state, actor, note, detail, at
                        FROM verification_event WHERE claim_id = ANY(:claimIds) ORDER BY claim_id, id""")
                .bind("claimIds", claimIds.toArray(Long[]::new))
                .map(AuditTrail::event)
                .all();
    }

    /** The newest verdict of each claim: a reopened claim's earlier verdicts stay on file but are not current. */
    Flux<Verdict> findCurrentVerdicts(Collection<Long> claimIds) {
        return this.db.sql("""
                        SELECT DISTINCT ON (claim_id) id, claim_id, rating, summary, given_by, given_at, published_at
                        FROM verdict WHERE claim_id = ANY(:claimIds) ORDER BY claim_id, id DESC""")
                .bind("claimIds", claimIds.toArray(Long[]::new))
                .map(VerificationRepository::verdict)
                .all();
    }

    /** Every verdict of each claim, newest first. */
    Flux<Verdict> findVerdicts(Collection<Long> claimIds) {
        return this.db.sql("""
                        SELECT id, claim_id, rating, summary, given_by, given_at, published_at
                        FROM verdict WHERE claim_id = ANY(:claimIds) ORDER BY claim_id, id DESC""")
                .bind("claimIds", claimIds.toArray(Long[]::new))
                .map(VerificationRepository::verdict)
                .all();
    }

    /** What the workflow needs to judge a step: whether an unpublished verdict waits, and how much evidence. */
    Mono<ClaimWorkflow.ClaimFacts> findFacts(long claimId) {
        return this.db.sql("""
                        SELECT
                          (SELECT published_at IS NULL FROM verdict WHERE claim_id = :claimId ORDER BY id DESC LIMIT 1)
                            AS proposed,
                          (SELECT count(*) FROM evidence WHERE claim_id = :claimId) AS evidence""")
                .bind("claimId", claimId)
                .map(row -> new ClaimWorkflow.ClaimFacts(Boolean.TRUE.equals(row.get("proposed", Boolean.class)),
                        row.get("evidence", Long.class).intValue()))
                .one();
    }

    Mono<Evidence> insertEvidence(long claimId, EvidenceInput evidence, String actor) {
        return this.db.sql("""
                        INSERT INTO evidence (claim_id, url, source_name, excerpt, stance, added_by)
                        VALUES (:claimId, :url, :sourceName, :excerpt, :stance, :actor)
                        RETURNING id, claim_id, url, source_name, excerpt, stance, added_by, added_at""")
                .bind("claimId", claimId)
                .bind("url", evidence.url())
                .bind("sourceName", evidence.sourceName())
                .bind("excerpt", Parameter.fromOrEmpty(evidence.excerpt(), String.class))
                .bind("stance", evidence.stance().name())
                .bind("actor", actor)
                .map(VerificationRepository::evidence)
                .one();
    }

    Mono<Verdict> insertVerdict(long claimId, Rating rating, String summary, String actor) {
        return this.db.sql("""
                        INSERT INTO verdict (claim_id, rating, summary, given_by)
                        VALUES (:claimId, :rating, :summary, :actor)
                        RETURNING id, claim_id, rating, summary, given_by, given_at, published_at""")
                .bind("claimId", claimId)
                .bind("rating", rating.name())
                .bind("summary", summary)
                .bind("actor", actor)
                .map(VerificationRepository::verdict)
                .one();
    }

    /** Publishes the claim's newest verdict. */
    Mono<Verdict> publishNewestVerdict(long claimId) {
        return this.db.sql("""
                        UPDATE verdict SET published_at = now()
                        WHERE id = (SELECT id FROM verdict WHERE claim_id = :claimId ORDER BY id DESC LIMIT 1)
                        RETURNING id, claim_id, rating, summary, given_by, given_at, published_at""")
                .bind("claimId", claimId)
                .map(VerificationRepository::verdict)
                .one();
    }

    record ClaimCount(long claimId, long count) {
    }

    private static Evidence evidence(Readable row) {
        return new Evidence(row.get("id", Long.class), row.get("claim_id", Long.class), row.get("url", String.class),
                row.get("source_name", String.class), row.get("excerpt", String.class),
                Stance.valueOf(row.get("stance", String.class)), row.get("added_by", String.class),
                row.get("added_at", Instant.class));
    }

    static Verdict verdict(Readable row) {
        return new Verdict(row.get("id", Long.class), row.get("claim_id", Long.class),
                Rating.valueOf(row.get("rating", String.class)), row.get("summary", String.class),
                row.get("given_by", String.class), row.get("given_at", Instant.class),
                row.get("published_at", Instant.class));
    }
}
