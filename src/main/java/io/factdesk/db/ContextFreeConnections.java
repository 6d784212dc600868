package io.factdesk.db;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * A connection factory whose connections, statements and results do all their work outside the subscriber's
 * Reactor context (why: {@link DriverContext}). Only the publishers change; every other call goes straight to
 * the wrapped pool and driver.
 */
record ContextFreeConnections(ConnectionFactory pool) implements ConnectionFactory, Wrapped<ConnectionFactory> {

    /**
     * Replaces the subscriber's context for everything upstream. {@code contextWrite(Context.empty())} would not do:
     * a context given as a value is merged into the subscriber's.
     */
    private static Context none(Context subscribers) {
        return Context.empty();
    }

    private static <T> Mono<T> mono(Publisher<T> publisher) {
        return Mono.from(publisher).contextWrite(ContextFreeConnections::none);
    }

    private static <T> Flux<T> flux(Publisher<T> publisher) {
        return Flux.from(publisher).contextWrite(ContextFreeConnections::none);
    }

    /** The results of a statement or batch, each read outside the context like the statement itself. */
    private static Flux<Result> results(Publisher<? extends Result> results) {
        return Flux.from(results).<Result>map(ContextFreeResult::new).contextWrite(ContextFreeConnections::none);
    }

    @Override
    public Publisher<? extends Connection> create() {
        return Mono.from(this.pool.create()).<Connection>map(ContextFreeConnection::new)
                .contextWrite(ContextFreeConnections::none);
    }

    @Override
    public ConnectionFactoryMetadata getMetadata() {
        return this.pool.getMetadata();
    }

    @Override
    public ConnectionFactory unwrap() {
        return this.pool;
    }

    private record ContextFreeConnection(Connection connection) implements Connection, Wrapped<Connection> {

        @Override
        public Publisher<Void> beginTransaction() {
            return mono(this.connection.beginTransaction());
        }

        @Override
        public Publisher<Void> beginTransaction(TransactionDefinition definition) {
            return mono(this.connection.beginTransaction(definition));
        }

        @Override
        public Publisher<Void> close() {
            return mono(this.connection.close());
        }

        @Override
        public Publisher<Void> commitTransaction() {
            return mono(this.connection.commitTransaction());
        }

        @Override
        public Batch createBatch() {
            return new ContextFreeBatch(this.connection.createBatch());
        }

        @Override
        public Publisher<Void> createSavepoint(String name) {
            return mono(this.connection.createSavepoint(name));
        }

        @Override
        public Statement createStatement(String sql) {
            return new ContextFreeStatement(this.connection.createStatement(sql));
        }

        @Override
        public boolean isAutoCommit() {
            return this.connection.isAutoCommit();
        }

        @Override
        public ConnectionMetadata getMetadata() {
            return this.connection.getMetadata();
        }

        @Override
        public IsolationLevel getTransactionIsolationLevel() {
            return this.connection.getTransactionIsolationLevel();
        }

        @Override
        public Publisher<Void> releaseSavepoint(String name) {
            return mono(this.connection.releaseSavepoint(name));
        }

        @Override
        public Publisher<Void> rollbackTransaction() {
            return mono(this.connection.rollbackTransaction());
        }

        @Override
        public Publisher<Void> rollbackTransactionToSavepoint(String name) {
            return mono(this.connection.rollbackTransactionToSavepoint(name));
        }

        @Override
        public Publisher<Void> setAutoCommit(boolean autoCommit) {
            return mono(this.connection.setAutoCommit(autoCommit));
        }

        @Override
        public Publisher<Void> setLockWaitTimeout(Duration timeout) {
            return mono(this.connection.setLockWaitTimeout(timeout));
        }

        @Override
        public Publisher<Void> setStatementTimeout(Duration timeout) {
            return mono(this.connection.setStatementTimeout(timeout));
        }

        @Override
        public Publisher<Void> setTransactionIsolationLevel(IsolationLevel level) {
            return mono(this.connection.setTransactionIsolationLevel(level));
        }

        @Override
        public Publisher<Boolean> validate(ValidationDepth depth) {
            return mono(this.connection.validate(depth));
        }

        @Override
        public Connection unwrap() {
            return this.connection;
        }
    }

    /** Binding returns this wrapper, not the driver's statement, so that {@code execute} stays context-free. */
    private static final class ContextFreeStatement implements Statement, Wrapped<Statement> {

        private final Statement statement;

        ContextFreeStatement(Statement statement) {
            this.statement = statement;
        }

        @Override
        public Statement add() {
            this.statement.add();
            return this;
        }

        @Override
        public Statement bind(int index, Object value) {
            this.statement.bind(index, value);
            return this;
        }

        @Override
        public Statement bind(String name, Object value) {
            this.statement.bind(name, value);
            return this;
        }

        @Override
        public Statement bindNull(int index, Class<?> type) {
            this.statement.bindNull(index, type);
            return this;
        }

        @Override
        public Statement bindNull(String name, Class<?> type) {
            this.statement.bindNull(name, type);
            return this;
        }

        @Override
        public Statement returnGeneratedValues(String... columns) {
            this.statement.returnGeneratedValues(columns);
            return this;
        }

        @Override
        public Statement fetchSize(int rows) {
            this.statement.fetchSize(rows);
            return this;
        }

        @Override
        public Publisher<? extends Result> execute() {
            return results(this.statement.execute());
        }

        @Override
        public Statement unwrap() {
            return this.statement;
        }
    }

    private record ContextFreeBatch(Batch batch) implements Batch, Wrapped<Batch> {

        @Override
        public Batch add(String sql) {
            this.batch.add(sql);
            return this;
        }

        @Override
        public Publisher<? extends Result> execute() {
            return results(this.batch.execute());
        }

        @Override
        public Batch unwrap() {
            return this.batch;
        }
    }

    /** A result whose rows are read outside the subscriber's context: the driver reads them when they are asked for. */
    private record ContextFreeResult(Result result) implements Result, Wrapped<Result> {

        @Override
        public Publisher<Long> getRowsUpdated() {
            return flux(this.result.getRowsUpdated());
        }

        @Override
        public <T> Publisher<T> map(BiFunction<Row, RowMetadata, ? extends T> mapping) {
            return flux(this.result.map(mapping));
        }

        @Override
        public <T> Publisher<T> map(Function<? super Readable, ? extends T> mapping) {
            return flux(this.result.map(mapping));
        }

        @Override
        public Result filter(Predicate<Segment> filter) {
            return new ContextFreeResult(this.result.filter(filter));
        }

        @Override
        public <T> Publisher<T> flatMap(Function<Segment, ? extends Publisher<? extends T>> mapping) {
            return flux(this.result.flatMap(mapping));
        }

        @Override
        public Result unwrap() {
            return this.result;
        }
    }
}
