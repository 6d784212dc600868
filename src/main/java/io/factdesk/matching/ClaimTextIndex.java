package io.factdesk.matching;

import java.math.BigDecimal;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the normalized text of every claim that matching searches. Claims call it when they are recorded, in the
 * same transaction, so that a new claim can be matched at once.
 */
@Component
public class ClaimTextIndex {

    private final DatabaseClient db;

    ClaimTextIndex(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> index(long claimId, String text) {
        ClaimText.Normalized normalized = ClaimText.normalize(text);
        return this.db.sql("""
                        INSERT INTO claim_match_text (claim_id, text, numbers) VALUES (:claimId, :text, :numbers)
                        ON CONFLICT (claim_id) DO UPDATE SET text = excluded.text, numbers = excluded.numbers""")
                .bind("claimId", claimId)
                .bind("text", normalized.text())
                .bind("numbers", normalized.numbers().toArray(BigDecimal[]::new))
                .then();
    }
}
