package io.factdesk.db;

import io.factdesk.observability.CorrelationId;
import io.factdesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver reads rows outside the request's thread locals, and statements still find their transaction. */
@IntegrationTest
class DriverContextTest {

    @Autowired
    DatabaseClient db;

    @Autowired
    TransactionalOperator transactions;

    @Test
    void rowsAreMappedWithoutRestoringTheRequestsThreadLocals() {
        String seenWhileMapping = this.db.sql("SELECT 1 AS one")
                .map((row, metadata) -> String.valueOf(MDC.get(CorrelationId.KEY)))
                .one()
                .contextWrite(Context.of(CorrelationId.KEY, "request-1234"))
                .block();
        String seenAfter = Mono.just(1)
                .<String>handle((one, sink) -> sink.next(String.valueOf(MDC.get(CorrelationId.KEY))))
                .contextWrite(Context.of(CorrelationId.KEY, "request-1234"))
                .block();

        assertThat(seenWhileMapping).isEqualTo("null");
        assertThat(seenAfter).as("outside the driver, Reactor still restores it").isEqualTo("request-1234");
    }

    @Test
    void aStatementStillRunsInTheTransactionOfItsCaller() {
        Long before = this.db.sql("SELECT count(*) FROM member").map(row -> row.get(0, Long.class)).one().block();

        Mono<Object> insertThenFail = this.db.sql("""
                        INSERT INTO member (username, display_name, roles)
                        VALUES ('driver-context-test', 'Driver Context', ARRAY['REPORTER'])""")
                .then()
                .then(this.db.sql("SELECT txid_current_if_assigned() IS NOT NULL AS in_transaction")
                        .map(row -> row.get(0, Boolean.class)).one())
                .flatMap(inTransaction -> Mono.error(new IllegalStateException("in transaction: " + inTransaction)));
        Throwable failure = insertThenFail.as(this.transactions::transactional)
                .onErrorResume(error -> Mono.just(error)).cast(Throwable.class).block();

        assertThat(failure).hasMessage("in transaction: true");
        Long after = this.db.sql("SELECT count(*) FROM member").map(row -> row.get(0, Long.class)).one().block();
        assertThat(after).as("the insert was rolled back").isEqualTo(before);
    }
}
