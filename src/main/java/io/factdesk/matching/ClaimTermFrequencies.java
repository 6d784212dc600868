package io.factdesk.matching;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code claim_match_term}, how common each term of the claims is, in step with PostgreSQL's statistics of
 * the terms (which autovacuum's ANALYZE renews as claims come in). Matching reads it to pick a text's rarest
 * terms; see V6__claim_match_terms.sql. Term frequencies move slowly, so a copy a few minutes old ranks as well.
 */
@Component
class ClaimTermFrequencies implements SmartLifecycle {

    private static final Duration REFRESH_EVERY = Duration.ofMinutes(5);
    private static final Log log = LogFactory.getLog(ClaimTermFrequencies.class);

    private final DatabaseClient db;
    private volatile Disposable refreshing;

    ClaimTermFrequencies(DatabaseClient db) {
        this.db = db;
    }

    /** Copies the statistics' most common terms; terms no longer among them count as rare again. */
    Mono<Long> refresh() {
        return this.db.sql("""
                        WITH common AS (
                            SELECT common.term, common.frequency
                            FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs)
                                AS common (term, frequency)
                            WHERE s.schemaname = current_schema() AND s.tablename = 'claim_match_text'
                              AND s.attname = 'terms' AND common.term IS NOT NULL),
                        forgotten AS (
                            DELETE FROM claim_match_term t
                            WHERE NOT EXISTS (SELECT 1 FROM common c WHERE c.term = t.term))
                        INSERT INTO claim_match_term (term, frequency) SELECT term, frequency FROM common
                        ON CONFLICT (term) DO UPDATE SET frequency = excluded.frequency
                        WHERE claim_match_term.frequency <> excluded.frequency""")
                .fetch().rowsUpdated();
    }

    /** Renews the statistics themselves first: after a bulk load, before autovacuum would. */
    Mono<Long> analyzeAndRefresh() {
        return this.db.sql("ANALYZE claim_match_text").then().then(refresh());
    }

    @Override
    public void start() {
        this.refreshing = Flux.interval(Duration.ZERO, REFRESH_EVERY)
                .concatMap(tick -> refresh().onErrorResume(failure -> {
                    log.warn("Could not refresh the term frequencies of matching; keeping the last ones", failure);
                    return Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public void stop() {
        this.refreshing.dispose();
    }

    @Override
    public boolean isRunning() {
        Disposable refresh = this.refreshing;
        return refresh != null && !refresh.isDisposed();
    }
}
