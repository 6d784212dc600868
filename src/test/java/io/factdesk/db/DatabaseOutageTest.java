package io.factdesk.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import io.factdesk.FactdeskApplication;
import io.factdesk.security.LocalTokens;
import io.factdesk.security.Role;
import io.factdesk.support.SeparateNettyResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away under a running load and comes back: requests fail fast with a clear error, readiness goes
 * DOWN, the service recovers by itself within seconds, and every mutation it acknowledged is still there.
 */
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(4);

    @TempDir
    static Path dataDirectory;

    static int port;
    static EmbeddedPostgresServer postgres;
    static ConfigurableApplicationContext app;
    static HttpGraphQlClient graphQl;
    static WebClient web;
    static long articleId;

    @BeforeAll
    static void startTheAppOnItsOwnPostgres() throws IOException {
        port = freePort();
        postgres = EmbeddedPostgresServer.start(dataDirectory, port);
        app = new SpringApplicationBuilder(FactdeskApplication.class, SeparateNettyResources.class)
                .profiles("test")
                .run("--server.port=0", "--factdesk.demo-data.enabled=false",
                        "--spring.r2dbc.url=r2dbc:postgresql://localhost:" + port + "/postgres",
                        "--spring.r2dbc.username=postgres");
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        String token = app.getBean(LocalTokens.class).issue("loader", "Loader", List.of(Role.ADMIN)).token();
        web = WebClient.create(base);
        graphQl = HttpGraphQlClient.builder(WebClient.create(base + "/graphql"))
                .header("Authorization", "Bearer " + token).build();
        articleId = graphQl.document("""
                        mutation { ingestArticle(input: {headline: "Outage", outlet: "Test", url: "https://outage.example/1",
                          publishedAt: "2024-06-19T00:00:00Z", body: "Load."}) { article { id } } }""")
                .retrieve("ingestArticle.article.id").toEntity(Long.class).block();
    }

    @AfterAll
    static void stopEverything() {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theServiceRidesOutADatabaseRestartAndLosesNothingItAcknowledged() throws Exception {
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Duration> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failureKinds = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        // Ticks are dropped while 8 requests are in flight: the load adapts to a slow machine instead of failing.
        Disposable load = Flux.interval(Duration.ofMillis(50))
                .onBackpressureDrop()
                .takeWhile(tick -> running.get())
                .flatMap(tick -> addClaim(tick).elapsed()
                        .doOnNext(timed -> record(timed.getT2(), Duration.ofMillis(timed.getT1()), acknowledged,
                                failures, failureKinds)), 8)
                .subscribe();

        Thread.sleep(1000);
        int beforeOutage = acknowledged.size();
        postgres.close();
        Thread.sleep(1500);
        assertThat(readinessStatus()).isEqualTo(503);
        Thread.sleep(OUTAGE.toMillis() - 1500);
        postgres = EmbeddedPostgresServer.start(dataDirectory, port);
        Instant back = Instant.now();
        Duration recovery = waitForAnAcknowledgement(acknowledged);
        Thread.sleep(1000);
        running.set(false);
        load.dispose();

        System.out.printf("Outage: %d acknowledged before, %d in all, %d failed (slowest failure %d ms, kinds %s),"
                        + " recovered %d ms after PostgreSQL was back%n", beforeOutage, acknowledged.size(),
                failures.size(), failures.stream().mapToLong(Duration::toMillis).max().orElse(0),
                failureKinds.stream().distinct().toList(), recovery.toMillis());
        assertThat(beforeOutage).isPositive();
        assertThat(failures).isNotEmpty().allSatisfy(failure -> assertThat(failure).isLessThan(Duration.ofSeconds(5)));
        assertThat(failureKinds).containsOnly("UNAVAILABLE");
        assertThat(recovery).isLessThan(Duration.ofSeconds(10));
        assertThat(Duration.between(back, Instant.now())).isPositive();
        assertThat(readinessStatus()).isEqualTo(200);
        assertThat(storedClaimIds()).containsAll(acknowledged);
    }

    private static Mono<ClientGraphQlResponse> addClaim(long tick) {
        return graphQl.document("""
                        mutation ($article: ID!, $text: String!) { addClaim(input: {articleId: $article, text: $text}) {
                          claim { id } userErrors { code } } }""")
                .variables(Map.of("article", articleId, "text", "Claim " + tick))
                .execute();
    }

    private static void record(ClientGraphQlResponse response, Duration took, ConcurrentLinkedQueue<Long> acknowledged,
            ConcurrentLinkedQueue<Duration> failures, ConcurrentLinkedQueue<String> failureKinds) {
        if (response.getErrors().isEmpty()) {
            acknowledged.add(response.field("addClaim.claim.id").toEntity(Long.class));
            return;
        }
        failures.add(took);
        failureKinds.add(String.valueOf(response.getErrors().get(0).getErrorType()));
    }

    private static Duration waitForAnAcknowledgement(ConcurrentLinkedQueue<Long> acknowledged)
            throws InterruptedException {
        Instant start = Instant.now();
        int seen = acknowledged.size();
        while (acknowledged.size() == seen && Duration.between(start, Instant.now()).toSeconds() < 30) {
            Thread.sleep(20);
        }
        return Duration.between(start, Instant.now());
    }

    private static int readinessStatus() {
        return web.get().uri("/actuator/health/readiness").exchangeToMono(response -> Mono.just(
                response.statusCode().value())).onErrorResume(WebClientResponseException.class,
                        ex -> Mono.just(ex.getStatusCode().value()))
                .block(Duration.ofSeconds(10));
    }

    private static List<Long> storedClaimIds() {
        return app.getBean(DatabaseClient.class).sql("SELECT id FROM claim WHERE article_id = :article")
                .bind("article", articleId)
                .map(row -> row.get("id", Long.class))
                .all().collectList().block(Duration.ofSeconds(10));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
