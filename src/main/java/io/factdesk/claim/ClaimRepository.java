package io.factdesk.claim;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.factdesk.db.LateralJoins;
import io.factdesk.db.LateralJoins.Joined;
import io.factdesk.db.Projection;
import io.factdesk.db.SqlConditions;
import io.factdesk.verification.VerificationState;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

@Repository
class ClaimRepository {

    /**
     * What the fields of GraphQL's {@code Claim} are read from: the keys that reach other objects, and the state
     * and version the mapper needs, on every row; the rest by field. {@code claimReview} and {@code similarClaims}
     * are left undeclared (they read the whole claim), so selecting them reads every column.
     */
    private static final Projection SHOWN = Projection
            .alwaysReading("id", "article_id", "claimant_id", "assignee_id", "state", "version")
            .field("id").field("article").field("claimant").field("assignee").field("state").field("version")
            .field("evidence").field("evidenceCount").field("history").field("verdict").field("verdicts")
            .field("text", "text").field("span", "span_start", "span_end")
            .field("checkWorthiness", "check_worthiness")
            .field("createdAt", "created_at").field("updatedAt", "updated_at");

    private static final String COLUMNS = SHOWN.columns();

    /** Claims without a position sort after every positioned one of their article. */
    private static final String TEXT_POSITION = "coalesce(span_start, 2147483647)";

    private final DatabaseClient db;

    ClaimRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<Claim> findByIds(Collection<Long> ids) {
        return this.db.sql("SELECT " + COLUMNS + " FROM claim WHERE id = ANY(:ids)")
                .bind("ids", ids.toArray(Long[]::new))
                .map(ClaimRepository::claim)
                .all();
    }

    /**
     * Newest first; {@code afterId} is the last claim already seen. Each claim comes with the values of
     * {@code joins}, read in the same statement, and carries only what the {@code fields} of GraphQL's
     * {@code Claim} show ({@link Projection#EVERY_FIELD}: a whole claim).
     */
    Flux<Joined<Claim>> findPage(List<VerificationState> states, Long claimantId, Long articleId, String search,
            Long afterId, int limit, Set<String> fields, LateralJoins joins) {
        SqlConditions conditions = new SqlConditions()
                .addAnyOf("state", states)
                .add("claimant_id = :claimantId", "claimantId", claimantId)
                .add("article_id = :articleId", "articleId", articleId)
                .addPlannedPerValue("search @@ websearch_to_tsquery('english', :search)", "search", search)
                .add("id < :afterId", "afterId", afterId);
        String page = "SELECT " + SHOWN.columns(fields) + " FROM claim " + conditions.where()
                + " ORDER BY id DESC " + conditions.limit(limit);
        return conditions.bind(this.db.sql(joins.around(page, "page.id DESC")))
                .map(row -> joins.read(row, ClaimRepository::claim))
                .all();
    }

    /**
     * The first {@code limit} claims of each article in text order, after the given position, in one statement:
     * the lateral join runs the per-article keyset query for every article id.
     */
    Flux<Claim> findPagesByArticle(Collection<Long> articleIds, Integer afterPosition, Long afterId, int limit) {
        SqlConditions after = new SqlConditions()
                .add(afterId != null, "(" + TEXT_POSITION + ", id) > (:afterPosition, :afterId)",
                        afterId == null ? Map.of()
                                : Map.of("afterPosition", afterPosition, "afterId", afterId));
        String sql = "SELECT page.* FROM unnest(:articleIds) AS parent(id) CROSS JOIN LATERAL ("
                + " SELECT " + COLUMNS + " FROM claim WHERE claim.article_id = parent.id " + after.and()
                + " ORDER BY " + TEXT_POSITION + ", id " + after.limit(limit) + ") AS page";
        return after.bind(this.db.sql(sql))
                .bind("articleIds", articleIds.toArray(Long[]::new))
                .map(ClaimRepository::claim)
                .all();
    }

    /** The newest {@code limit} claims of each speaker, older than {@code afterId}, in one statement. */
    Flux<Claim> findPagesByClaimant(Collection<Long> claimantIds, Long afterId, int limit) {
        SqlConditions after = new SqlConditions().add("id < :afterId", "afterId", afterId);
        String sql = "SELECT page.* FROM unnest(:claimantIds) AS parent(id) CROSS JOIN LATERAL ("
                + " SELECT " + COLUMNS + " FROM claim WHERE claim.claimant_id = parent.id " + after.and()
                + " ORDER BY id DESC " + after.limit(limit) + ") AS page";
        return after.bind(this.db.sql(sql))
                .bind("claimantIds", claimantIds.toArray(Long[]::new))
                .map(ClaimRepository::claim)
                .all();
    }

    Mono<Claim> insert(NewClaim claim) {
        return this.db.sql("""
                        INSERT INTO claim (article_id, text, span_start, span_end, claimant_id, check_worthiness)
                        VALUES (:articleId, :text, :spanStart, :spanEnd, :claimantId, :checkWorthiness)
                        RETURNING\s""" + COLUMNS)
                .bind("articleId", claim.articleId())
                .bind("text", claim.text())
                .bind("spanStart", Parameter.fromOrEmpty(claim.span() == null ? null : claim.span().start(),
                        Integer.class))
                .bind("spanEnd", Parameter.fromOrEmpty(claim.span() == null ? null : claim.span().end(),
                        Integer.class))
                .bind("claimantId", Parameter.fromOrEmpty(claim.claimantId(), Long.class))
                .bind("checkWorthiness", Parameter.fromOrEmpty(claim.checkWorthiness(), Float.class))
                .map(ClaimRepository::claim)
                .one();
    }

    /** Empty when the claim is gone or its version is no longer {@code expectedVersion}. */
    Mono<Claim> updateState(long id, int expectedVersion, VerificationState state) {
        return this.db.sql("""
                        UPDATE claim SET state = :state, version = version + 1, updated_at = now()
                        WHERE id = :id AND version = :expectedVersion
                        RETURNING\s""" + COLUMNS)
                .bind("id", id)
                .bind("expectedVersion", expectedVersion)
                .bind("state", state.name())
                .map(ClaimRepository::claim)
                .one();
    }

    Mono<Claim> updateAssignee(long id, long assigneeId) {
        return this.db.sql("""
                        UPDATE claim SET assignee_id = :assigneeId, version = version + 1, updated_at = now()
                        WHERE id = :id
                        RETURNING\s""" + COLUMNS)
                .bind("id", id)
                .bind("assigneeId", assigneeId)
                .map(ClaimRepository::claim)
                .one();
    }

    /**
     * Marks the claim changed (its evidence or verdict), so that concurrent editors see a new version; with an
     * {@code expectedVersion}, empty when the claim has moved on since.
     */
    Mono<Claim> bumpVersion(long id, Integer expectedVersion) {
        SqlConditions conditions = new SqlConditions()
                .add("id = :id", "id", id)
                .add("version = :expectedVersion", "expectedVersion", expectedVersion);
        String sql = "UPDATE claim SET version = version + 1, updated_at = now() " + conditions.where()
                + " RETURNING " + COLUMNS;
        return conditions.bind(this.db.sql(sql)).map(ClaimRepository::claim).one();
    }

    /** Attributes every claim of one speaker to another (a merge of two records of the same speaker). */
    Flux<Claim> updateClaimant(long fromClaimantId, long toClaimantId) {
        return this.db.sql("""
                        UPDATE claim SET claimant_id = :to, version = version + 1, updated_at = now()
                        WHERE claimant_id = :from
                        RETURNING\s""" + COLUMNS)
                .bind("from", fromClaimantId)
                .bind("to", toClaimantId)
                .map(ClaimRepository::claim)
                .all();
    }

    static int textPosition(Claim claim) {
        return claim.span() == null ? Integer.MAX_VALUE : claim.span().start();
    }

    private static Claim claim(Readable row) {
        Integer spanStart = row.get("span_start", Integer.class);
        TextSpan span = (spanStart == null) ? null : new TextSpan(spanStart, row.get("span_end", Integer.class));
        return new Claim(row.get("id", Long.class), row.get("article_id", Long.class), row.get("text", String.class),
                span, row.get("claimant_id", Long.class),
                VerificationState.valueOf(row.get("state", String.class)),
                row.get("check_worthiness", Float.class), row.get("assignee_id", Long.class),
                row.get("created_at", Instant.class),
                row.get("updated_at", Instant.class), row.get("version", Integer.class));
    }
}
