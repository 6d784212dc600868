package io.factdesk.db;

import io.r2dbc.spi.ConnectionFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The {@link DatabaseClient} of every repository and the transaction manager, both with the driver's work run
 * outside the request's Reactor context.
 * <p>
 * With context-propagation on the classpath, Reactor restores the thread locals it knows of (the Micrometer
 * observation, Spring Security's contexts, the web exchange, the correlation id) around every signal that passes a
 * {@code handle} operator whose subscriber has a non-empty context. r2dbc-postgresql and r2dbc-pool pass every
 * backend message, every row and every borrow and return of a connection through such operators, so a page of 50
 * claims with its articles, speakers and evidence counts set and reset them several hundred times: 11.5 % of the CPU
 * of the editorial page in the bench, and 2.6 % more for taking and giving back connections (bench/README.md).
 * Nothing in the driver or the pool reads those thread locals.
 * <p>
 * Both beans use the same {@link ContextFreeConnections} (equal by the pool they wrap), so a statement still finds
 * the connection of its caller's transaction: Spring looks that up in the Reactor context before it asks the
 * factory for a connection, outside what is cut off here.
 */
@Configuration(proxyBeanMethods = false)
class DriverContext {

    @Bean
    DatabaseClient databaseClient(ConnectionFactory pool) {
        return DatabaseClient.create(new ContextFreeConnections(pool));
    }

    @Bean
    R2dbcTransactionManager transactionManager(ConnectionFactory pool) {
        return new R2dbcTransactionManager(new ContextFreeConnections(pool));
    }
}
