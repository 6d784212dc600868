package io.factdesk.matching;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import io.factdesk.claim.Claim;
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
        return write(List.of(claimId), List.of(text));
    }

    /** Indexes many claims in one statement: the start-up backfill of a large desk. */
    Mono<Void> indexAll(Collection<Claim> claims) {
        return write(claims.stream().map(Claim::id).toList(), claims.stream().map(Claim::text).toList());
    }

    private Mono<Void> write(List<Long> claimIds, List<String> claimTexts) {
        if (claimIds.isEmpty()) {
            return Mono.empty();
        }
        String[] texts = new String[claimTexts.size()];
        // A list of arrays of different lengths is no SQL array: each row's numbers travel as an array literal.
        String[] numbers = new String[claimTexts.size()];
        for (int i = 0; i < texts.length; i++) {
            ClaimText.Normalized normalized = ClaimText.normalize(claimTexts.get(i));
            texts[i] = normalized.text();
            numbers[i] = normalized.numbers().stream().map(BigDecimal::toPlainString)
                    .collect(Collectors.joining(",", "{", "}"));
        }
        return this.db.sql("""
                        INSERT INTO claim_match_text (claim_id, text, numbers)
                        SELECT claim_id, text, numbers::numeric[]
                        FROM unnest(:ids::bigint[], :texts::text[], :numbers::text[]) AS row (claim_id, text, numbers)
                        ON CONFLICT (claim_id) DO UPDATE SET text = excluded.text, numbers = excluded.numbers""")
                .bind("ids", claimIds.toArray(Long[]::new))
                .bind("texts", texts)
                .bind("numbers", numbers)
                .then();
    }
}
