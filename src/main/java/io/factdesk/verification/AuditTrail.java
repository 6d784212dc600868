package io.factdesk.verification;

import java.time.Instant;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;

/**
 * Writes the append-only audit trail of claims. Callers write the event inside the transaction of the change it
 * records, so that a change and its record stand or fall together.
 */
@Component
public class AuditTrail {

    private final DatabaseClient db;

    AuditTrail(DatabaseClient db) {
        this.db = db;
    }

    public Mono<VerificationEvent> record(VerificationEvent.Entry entry) {
        return this.db.sql("""
                        INSERT INTO verification_event (claim_id, kind, from_state, to_state, actor, note, detail)
                        VALUES (:claimId, :kind, :fromState, :toState, :actor, :note, :detail)
                        RETURNING id, claim_id, kind, from_state, to_state, actor, note, detail, at""")
                .bind("claimId", entry.claimId())
                .bind("kind", entry.kind().name())
                .bind("fromState", Parameter.fromOrEmpty(entry.fromState() == null ? null : entry.fromState().name(),
                        String.class))
                .bind("toState", entry.toState().name())
                .bind("actor", entry.actor())
                .bind("note", Parameter.fromOrEmpty(entry.note(), String.class))
                .bind("detail", Parameter.fromOrEmpty(entry.detail(), String.class))
                .map(AuditTrail::event)
                .one();
    }

    static VerificationEvent event(Readable row) {
        String from = row.get("from_state", String.class);
        return new VerificationEvent(row.get("id", Long.class), row.get("claim_id", Long.class),
                VerificationEventKind.valueOf(row.get("kind", String.class)),
                from == null ? null : VerificationState.valueOf(from),
                VerificationState.valueOf(row.get("to_state", String.class)), row.get("actor", String.class),
                row.get("note", String.class), row.get("detail", String.class), row.get("at", Instant.class));
    }
}
