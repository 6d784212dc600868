package io.factdesk.db;

import java.time.Duration;
import java.util.List;

import io.factdesk.support.IntegrationTest;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connections opened one after another, with the application's driver options, answer on the driver's own loops
 * and not all on one. Opened outside the pool: which of its connections the pool lends is its own choice (the most
 * recently returned first), and a pool that lost connections (DatabaseOutageTest) may keep those of one loop.
 */
@IntegrationTest
class DriverLoopsTest {

    @Autowired
    R2dbcProperties r2dbc;

    @Autowired
    ObjectProvider<ConnectionFactoryOptionsBuilderCustomizer> customizers;

    @Test
    void connectionsOpenedInTurnAnswerOnTheDriversOwnLoopsSpreadOverSeveral() {
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(this.r2dbc.getUrl()).mutate();
        if (this.r2dbc.getUsername() != null) {
            options.option(ConnectionFactoryOptions.USER, this.r2dbc.getUsername());
        }
        if (this.r2dbc.getPassword() != null) {
            options.option(ConnectionFactoryOptions.PASSWORD, this.r2dbc.getPassword());
        }
        this.customizers.orderedStream().forEach(customizer -> customizer.customize(options));
        ConnectionFactory direct = ConnectionFactories.get(options.build());

        List<String> threads = Flux.range(0, 4)
                .concatMap(i -> Mono.usingWhen(direct.create(),
                        connection -> Flux.from(connection.createStatement("SELECT 1").execute())
                                .flatMap(result -> result.map((row, metadata) -> Thread.currentThread().getName()))
                                .single(),
                        Connection::close))
                .collectList().block(Duration.ofSeconds(30));

        assertThat(threads).hasSize(4).allSatisfy(name -> assertThat(name).startsWith(DriverLoops.THREAD_PREFIX));
        assertThat(threads.stream().distinct().count()).isGreaterThan(1);
    }
}
