package io.factdesk.db;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.util.context.Context;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The {@link DatabaseClient} of every repository, with the driver's work run outside the request's Reactor context.
 * <p>
 * With context-propagation on the classpath, Reactor restores the thread locals it knows of (the Micrometer
 * observation, Spring Security's contexts, the web exchange, the correlation id) around every signal that passes a
 * {@code handle} operator whose subscriber has a non-empty context. r2dbc-postgresql passes every backend message
 * and every row through such operators, so a page of 50 claims with its articles, speakers and evidence counts set
 * and reset them several hundred times: 11.5 % of the CPU of the editorial page in the bench (bench/README.md).
 * Nothing in the driver reads those thread locals. The transaction a statement belongs to is unaffected:
 * DatabaseClient finds it in the context before it takes the connection, outside what is cut off here.
 */
@Configuration(proxyBeanMethods = false)
class DriverContext {

    /**
     * Replaces the subscriber's context for everything upstream. {@code contextWrite(Context.empty())} would not do:
     * a context given as a value is merged into the subscriber's.
     */
    private static Context none(Context subscribers) {
        return Context.empty();
    }

    @Bean
    DatabaseClient databaseClient(ConnectionFactory connectionFactory) {
        return DatabaseClient.builder()
                .connectionFactory(connectionFactory)
                .executeFunction(statement -> Flux.from(statement.execute())
                        .<Result>map(ResultWithoutContext::new)
                        .contextWrite(DriverContext::none))
                .build();
    }

    /** A result whose rows are read outside the subscriber's context, for the same reason. */
    private record ResultWithoutContext(Result result) implements Result {

        @Override
        public Publisher<Long> getRowsUpdated() {
            return Flux.from(this.result.getRowsUpdated()).contextWrite(DriverContext::none);
        }

        @Override
        public <T> Publisher<T> map(BiFunction<Row, RowMetadata, ? extends T> mapping) {
            return Flux.<T>from(this.result.map(mapping)).contextWrite(DriverContext::none);
        }

        @Override
        public <T> Publisher<T> map(Function<? super Readable, ? extends T> mapping) {
            return Flux.<T>from(this.result.map(mapping)).contextWrite(DriverContext::none);
        }

        @Override
        public Result filter(Predicate<Segment> filter) {
            return new ResultWithoutContext(this.result.filter(filter));
        }

        @Override
        public <T> Publisher<T> flatMap(Function<Segment, ? extends Publisher<? extends T>> mapping) {
            return Flux.<T>from(this.result.flatMap(mapping)).contextWrite(DriverContext::none);
        }
    }
}
