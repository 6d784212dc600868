package io.factdesk.support;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import io.r2dbc.proxy.core.QueryExecutionInfo;
import io.r2dbc.proxy.core.QueryInfo;
import io.r2dbc.proxy.listener.ProxyExecutionListener;

import org.springframework.boot.r2dbc.autoconfigure.ProxyConnectionFactoryCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** The SQL of one request, printed whole when a count assertion fails. */
    public record Statements(List<String> sql) {

        /** How often each distinct statement was sent. */
        public Map<String, Integer> timesEach() {
            Map<String, Integer> times = new TreeMap<>();
            this.sql.forEach(statement -> times.merge(statement, 1, Integer::sum));
            return times;
        }

        /** The distinct statements, e.g. one per batch loader. */
        public Collection<String> distinct() {
            return timesEach().keySet();
        }

        /** The distinct statements with the numbers of their limits left out: pages write their size in the SQL. */
        public Set<String> shapes() {
            return distinct().stream().map(statement -> statement.replaceAll("LIMIT \\d+", "LIMIT n"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        /**
         * Asserts one statement per batch, give or take a split: the rows of a batch complete on more than one
         * event-loop thread, and graphql-java may send the loads of one level in two batches when they arrive
         * apart (seen once in CI: ten statements instead of nine). A split is bounded by the threads, not by the
         * page; a query per row would send one statement per row.
         */
        public void assertBatches(int batches) {
            assertThat(distinct()).as("%s", this).hasSize(batches);
            assertThat(timesEach().values()).as("%s", this).allMatch(times -> times <= 2);
        }

        @Override
        public String toString() {
            return this.sql.size() + " statements:\n  " + String.join("\n  ", this.sql);
        }
    }
}
