package io.factdesk.support;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.r2dbc.proxy.core.QueryExecutionInfo;
import io.r2dbc.proxy.core.QueryInfo;
import io.r2dbc.proxy.listener.ProxyExecutionListener;

import org.springframework.boot.r2dbc.autoconfigure.ProxyConnectionFactoryCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Records the SQL statements the application sends, to prove that a request's statement count is bounded. */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter {

    private final ConcurrentLinkedQueue<String> sent = new ConcurrentLinkedQueue<>();

    @Bean
    ProxyConnectionFactoryCustomizer recordStatements() {
        return builder -> builder.listener(new ProxyExecutionListener() {
            @Override
            public void beforeQuery(QueryExecutionInfo execution) {
                execution.getQueries().stream().map(QueryInfo::getQuery).forEach(SqlStatementCounter.this.sent::add);
            }
        });
    }

    /** The statements sent while {@code action} ran (tests run one at a time, so nothing else is recorded). */
    public Statements record(Runnable action) {
        this.sent.clear();
        action.run();
        return new Statements(List.copyOf(this.sent));
    }

    /** How many statements {@code action} sent. */
    public int count(Runnable action) {
        return record(action).count();
    }

    /** The SQL of one request, printed whole when a count assertion fails. */
    public record Statements(List<String> sql) {

        public int count() {
            return this.sql.size();
        }

        @Override
        public String toString() {
            return this.sql.size() + " statements:\n  " + String.join("\n  ", this.sql);
        }
    }
}
