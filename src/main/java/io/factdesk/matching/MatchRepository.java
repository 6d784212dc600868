package io.factdesk.matching;

import java.math.BigDecimal;
import java.util.Collection;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

@Repository
class MatchRepository {

    /** The most a candidate whose figures disagree with the text's can score. */
    private static final double DISAGREEING = 0.4;

    /** Both sides have figures and one side's are all among the other's. */
    private static final String FIGURES_AGREE = "(m.numbers @> q.numbers OR m.numbers <@ q.numbers)";

    /**
     * The score of a candidate: trigram similarity of the normalized texts (whole, or the shorter as part of the
     * longer), weighed by the figures. When one side's figures are all among the other's, it is strong evidence of
     * the same claim ("5 million shells" and "5 million shells in 2023"); when each side has a figure the other
     * lacks, they disagree ("five million" against "five thousand", or 2023 against 2024) and the candidate can
     * score at most {@value #DISAGREEING}; a figure on one side only is weak evidence against.
     */
    private static final String SCORE = """
            least(1.0, greatest(similarity(m.text, q.text), word_similarity(q.text, m.text),
                                word_similarity(m.text, q.text))
            * CASE WHEN cardinality(m.numbers) = 0 AND cardinality(q.numbers) = 0 THEN 0.9
                   WHEN cardinality(m.numbers) = 0 OR cardinality(q.numbers) = 0 THEN 0.8
                   WHEN %s THEN 1.25
                   ELSE %s END)""".formatted(FIGURES_AGREE, DISAGREEING);

    /**
     * Candidates found through the word index (claim_match_candidates: any of the text's rarest terms), best first,
     * without the claim itself and rejected pairs. Figures that disagree are ruled out before the costly score
     * whenever they could not reach {@code minScore} anyway.
     */
    private static final String MATCHES = """
            SELECT m.claim_id, scored.score,
                   EXISTS (SELECT 1 FROM claim_link l WHERE l.status = 'CONFIRMED'
                           AND l.claim_id = least(q.id, m.claim_id) AND l.other_claim_id = greatest(q.id, m.claim_id))
                       AS confirmed
            FROM claim_match_text m
            CROSS JOIN LATERAL (SELECT round((%s)::numeric, 3)::float8 AS score) scored
            WHERE m.terms @@ q.candidates
              AND m.claim_id <> q.id
              AND (:minScore <= %s OR cardinality(m.numbers) = 0 OR cardinality(q.numbers) = 0 OR %s)
              AND NOT EXISTS (SELECT 1 FROM claim_link l WHERE l.status = 'REJECTED'
                              AND l.claim_id = least(q.id, m.claim_id) AND l.other_claim_id = greatest(q.id, m.claim_id))
              AND scored.score >= :minScore
            ORDER BY scored.score DESC, m.claim_id
            LIMIT :limit""".formatted(SCORE, DISAGREEING, FIGURES_AGREE);

    private final DatabaseClient db;

    MatchRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<ClaimMatch> matchText(ClaimText.Normalized text, double minScore, int limit) {
        return this.db.sql("SELECT match.* FROM (SELECT 0::bigint AS id, :text::text AS text, :numbers::numeric[] "
                        + "AS numbers, claim_match_candidates(to_tsvector('english', :text::text)) AS candidates) q "
                        + "CROSS JOIN LATERAL (" + MATCHES + ") match")
                .bind("text", text.text())
                .bind("numbers", text.numbers().toArray(BigDecimal[]::new))
                .bind("minScore", minScore)
                .bind("limit", limit)
                .map(MatchRepository::match)
                .all();
    }

    /** The best matches of each of many claims, in one statement. */
    Flux<SourcedMatch> matchClaims(Collection<Long> claimIds, double minScore, int limit) {
        return this.db.sql("SELECT q.id AS source_id, match.* FROM (SELECT s.claim_id AS id, s.text, s.numbers, "
                        + "claim_match_candidates(s.terms) AS candidates FROM claim_match_text s "
                        + "WHERE s.claim_id = ANY(:ids)) q CROSS JOIN LATERAL (" + MATCHES + ") match")
                .bind("ids", claimIds.toArray(Long[]::new))
                .bind("minScore", minScore)
                .bind("limit", limit)
                .map(row -> new SourcedMatch(row.get("source_id", Long.class), match(row)))
                .all();
    }

    Mono<String> linkStatus(long claimId, long otherClaimId) {
        return this.db.sql("SELECT status FROM claim_link WHERE claim_id = :low AND other_claim_id = :high")
                .bind("low", Math.min(claimId, otherClaimId))
                .bind("high", Math.max(claimId, otherClaimId))
                .map(row -> row.get("status", String.class))
                .one();
    }

    Mono<Void> saveLink(long claimId, long otherClaimId, String status, String actor, String note) {
        return this.db.sql("""
                        INSERT INTO claim_link (claim_id, other_claim_id, status, actor, note)
                        VALUES (:low, :high, :status, :actor, :note)
                        ON CONFLICT (claim_id, other_claim_id) DO UPDATE
                            SET status = excluded.status, actor = excluded.actor, note = excluded.note, at = now()""")
                .bind("low", Math.min(claimId, otherClaimId))
                .bind("high", Math.max(claimId, otherClaimId))
                .bind("status", status)
                .bind("actor", actor)
                .bind("note", Parameter.fromOrEmpty(note, String.class))
                .then();
    }

    Flux<Long> claimsWithoutText(int limit) {
        return this.db.sql("""
                        SELECT c.id FROM claim c
                        WHERE NOT EXISTS (SELECT 1 FROM claim_match_text m WHERE m.claim_id = c.id)
                        ORDER BY c.id LIMIT :limit""")
                .bind("limit", limit)
                .map(row -> row.get("id", Long.class))
                .all();
    }

    record SourcedMatch(long sourceId, ClaimMatch match) {
    }

    private static ClaimMatch match(Readable row) {
        return new ClaimMatch(row.get("claim_id", Long.class), row.get("score", Double.class),
                Boolean.TRUE.equals(row.get("confirmed", Boolean.class)));
    }
}
