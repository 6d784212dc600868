package io.factdesk.db;

import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import reactor.netty.resources.LoopResources;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver's own event loops (as many as reactor-netty's default), each new connection given to the next loop
 * in turn.
 * <p>
 * On reactor-netty's shared client loops, a connection opened from one of their threads stays on that thread, and
 * the pool opens most connections from there (a returned connection that finds borrowers waiting makes it grow):
 * in the bench all 8 connections ran on 2 of the 4 loops. A page's rows are decoded and its GraphQL result
 * completed on its connection's loop, so one connection's response waited behind the pages of the others on the
 * same loop, and connections were held 4 to 7 ms for a statement PostgreSQL runs in 0.5 ms. Spread over all
 * loops, the editorial page's p99 at 64 connections was 6 to 9 % lower in three interleaved rounds
 * (bench/README.md).
 */
@Configuration(proxyBeanMethods = false)
class DriverLoops implements DisposableBean {

    static final String THREAD_PREFIX = "r2dbc-postgresql";

    private final LoopResources loops = LoopResources.create(THREAD_PREFIX, 1,
            LoopResources.DEFAULT_IO_WORKER_COUNT, true, false);

    @Bean
    ConnectionFactoryOptionsBuilderCustomizer driverLoopsOption() {
        return options -> options.option(PostgresqlConnectionFactoryProvider.LOOP_RESOURCES, this.loops);
    }

    @Override
    public void destroy() {
        this.loops.dispose();
    }
}
