package io.factdesk.db;

import java.time.Duration;
import java.util.List;

import io.factdesk.support.IntegrationTest;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DriverLoopsTest {

    @Autowired
    ConnectionFactory pool;

    @Test
    void connectionsHeldAtOnceAnswerOnTheDriversOwnLoopsSpreadOverSeveral() {
        List<String> threads = Flux.range(0, 4)
                .flatMap(i -> Mono.usingWhen(this.pool.create(),
                        connection -> Flux.from(connection.createStatement("SELECT pg_sleep(0.1)").execute())
                                .flatMap(result -> result.map((row, metadata) -> Thread.currentThread().getName()))
                                .single(),
                        Connection::close))
                .collectList().block(Duration.ofSeconds(30));

        assertThat(threads).hasSize(4).allSatisfy(name -> assertThat(name).startsWith(DriverLoops.THREAD_PREFIX));
        assertThat(threads.stream().distinct().count()).isGreaterThan(1);
    }
}
