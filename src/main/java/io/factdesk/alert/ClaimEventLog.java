package io.factdesk.alert;

import java.time.Instant;

import io.factdesk.db.SqlConditions;
import io.factdesk.verification.VerificationState;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the {@code claim_event} table, which triggers write in the transaction of every claim change (V3). Its ids
 * grow in commit order, so "the events after id N" never misses one that commits later.
 */
@Repository
class ClaimEventLog {

    private static final String COLUMNS = "id, kind, claim_id, claim_version, article_id, claimant_id, state, "
            + "previous_state, check_worthiness, at";

    private final DatabaseClient db;

    /** Over the application's pool; the listener builds one over its own connection. */
    ClaimEventLog(DatabaseClient db) {
        this.db = db;
    }

    /** The id of the newest event, 0 when there is none: everything up to it has committed. */
    Mono<Long> latestPosition() {
        return this.db.sql("SELECT coalesce(max(id), 0) AS latest FROM claim_event")
                .map(row -> row.get("latest", Long.class))
                .one();
    }

    /** Up to {@code limit} events after {@code after}, oldest first, whatever their kind. */
    Flux<ClaimEvent> after(long after, int limit) {
        return page(new SqlConditions().add("id > :after", "after", after), limit);
    }

    /** Up to {@code limit} events in {@code (after, upTo]} that the criteria accept, oldest first. */
    Flux<ClaimEvent> matching(AlertCriteria criteria, long after, long upTo, int limit) {
        SqlConditions conditions = criteria.conditions()
                .add("id > :after", "after", after)
                .add("id <= :upTo", "upTo", upTo);
        return page(conditions, limit);
    }

    private Flux<ClaimEvent> page(SqlConditions conditions, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM claim_event " + conditions.where() + " ORDER BY id "
                + conditions.limit(limit);
        return conditions.bind(this.db.sql(sql))
                .map(ClaimEventLog::event)
                .all();
    }

    private static ClaimEvent event(Readable row) {
        String previous = row.get("previous_state", String.class);
        return new ClaimEvent(row.get("id", Long.class), ClaimAlertKind.valueOf(row.get("kind", String.class)),
                row.get("claim_id", Long.class), row.get("claim_version", Integer.class),
                row.get("article_id", Long.class), row.get("claimant_id", Long.class),
                VerificationState.valueOf(row.get("state", String.class)),
                previous == null ? null : VerificationState.valueOf(previous),
                row.get("check_worthiness", Float.class), row.get("at", Instant.class));
    }
}
