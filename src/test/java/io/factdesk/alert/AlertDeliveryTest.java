package io.factdesk.alert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.factdesk.FactdeskApplication;
import io.factdesk.alert.AlertClient.Received;
import io.factdesk.article.Article;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.NewClaim;
import io.factdesk.security.Role;
import io.factdesk.support.SeparateNettyResources;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.TestData;
import io.netty.channel.ChannelOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reactivestreams.Subscription;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** How alerts travel: across instances, past a slow subscriber, across a lost database connection. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ClaimService claims;

    @Autowired
    AlertHub hub;

    @Autowired
    Desk desk;

    @Autowired
    DatabaseClient db;

    @Autowired
    Environment environment;

    ConfigurableApplicationContext otherInstance;

    @Test
    void aClaimAddedThroughOneInstanceAlertsSubscribersOfBoth() {
        Article article = this.data.article("Alerts " + TestData.token(), "Added here. Added there.");
        try (AlertClient here = new AlertClient(this.port, this.desk.token("subscriber", Role.CHECKER));
                AlertClient there = new AlertClient(portOf(this.otherInstance), this.desk.token("subscriber", Role.CHECKER))) {
            AlertHub otherHub = this.otherInstance.getBean(AlertHub.class);
            int subscriptionsHere = this.hub.subscriptions();
            int subscriptionsThere = otherHub.subscriptions();
            Flux<String> receivedHere = here.claimAdded(AlertClient.ofArticle(article.id()), null)
                    .map(Received::text).take(2).cache();
            Flux<String> receivedThere = there.claimAdded(AlertClient.ofArticle(article.id()), null)
                    .map(Received::text).take(2).cache();
            receivedHere.subscribe();
            receivedThere.subscribe();
            // Live alerts only (no cursor): both subscriptions must be in place before anything commits.
            await().atMost(WAIT).until(() -> this.hub.subscriptions() == subscriptionsHere + 1
                    && otherHub.subscriptions() == subscriptionsThere + 1);

            this.otherInstance.getBean(ClaimService.class)
                    .create(new NewClaim(article.id(), "Added there.", null, null, 0.5f), "test", null)
                    .block(WAIT);
            this.data.claim(article, "Added here.", null);

            assertThat(receivedHere.collectList().block(WAIT)).containsExactly("Added there.", "Added here.");
            assertThat(receivedThere.collectList().block(WAIT)).containsExactly("Added there.", "Added here.");
        }
    }

    @Test
    void aSlowSubscriberIsCutOffWhileAFastOneKeepsReceiving() throws InterruptedException {
        // Big alerts: a few dozen fill the socket buffers between the server and the slow client.
        String body = "A long article. ".repeat(6_000) + "The claim.";
        Article article = this.data.article("Alerts " + TestData.token(), body);
        int subscriptions = this.hub.subscriptions();
        try (AlertClient fast = new AlertClient(this.port, this.desk.token("subscriber", Role.CHECKER));
                SlowClient slow = SlowClient.subscribe(this.port, article, this.desk.token("slow", Role.CHECKER))) {
            List<Received> received = new CopyOnWriteArrayList<>();
            Disposable fastSubscription = fast.claimAddedBriefly(AlertClient.ofArticle(article.id()), null)
                    .subscribe(received::add);
            await().atMost(WAIT).until(() -> this.hub.subscriptions() == subscriptions + 2);

            // The desk adds claims until the hub ends the slow subscription; the fast one is not held back.
            int added = 0;
            while (this.hub.subscriptions() == subscriptions + 2 && added < 2_000) {
                this.data.claim(article, "The claim.", null);
                added++;
            }
            assertThat(this.hub.subscriptions()).isEqualTo(subscriptions + 1);
            this.data.claim(article, "The claim.", null);
            int all = added + 1;
            await().atMost(WAIT).until(() -> received.size() == all);

            // The slow client reads at last: what it had taken, then the error that ended it.
            List<String> slowCursors = slow.readUntilError();
            assertThat(slow.error().path("extensions").path("classification").asString())
                    .isEqualTo("SUBSCRIBER_TOO_SLOW");
            assertThat(slowCursors).isNotEmpty().hasSizeLessThan(added);
            List<String> cursors = received.stream().map(Received::cursor).toList();
            assertThat(slowCursors).isEqualTo(cursors.subList(0, slowCursors.size()));

            // It resumes with its last cursor and loses nothing.
            List<String> resumed = fast.claimAddedBriefly(AlertClient.ofArticle(article.id()),
                            slowCursors.get(slowCursors.size() - 1))
                    .map(Received::cursor)
                    .take(all - slowCursors.size())
                    .collectList().block(WAIT);
            assertThat(resumed).isEqualTo(cursors.subList(slowCursors.size(), all));
            fastSubscription.dispose();
        }
    }

    @Test
    void theFeedReconnectsWhenItsConnectionIsKilledAndLosesNothing() {
        Article article = this.data.article("Alerts " + TestData.token(), "Before. During. After.");
        try (AlertClient client = new AlertClient(this.port, this.desk.token("subscriber", Role.CHECKER))) {
            int subscriptions = this.hub.subscriptions();
            Flux<String> received = client.claimAdded(AlertClient.ofArticle(article.id()), null)
                    .map(Received::text).take(3).cache();
            received.subscribe();
            await().atMost(WAIT).until(() -> this.hub.subscriptions() == subscriptions + 1);

            this.data.claim(article, "Before.", null);
            assertThat(received.blockFirst(WAIT)).isEqualTo("Before.");
            List<Integer> killed = killFeedConnections();
            assertThat(killed).isNotEmpty();
            this.data.claim(article, "During.", null);
            await().atMost(WAIT).until(() -> !feedConnections().isEmpty()
                    && feedConnections().stream().noneMatch(killed::contains));
            this.data.claim(article, "After.", null);

            assertThat(received.collectList().block(WAIT)).containsExactly("Before.", "During.", "After.");
        }
    }

    /**
     * Subscriptions of an earlier test end asynchronously after their client closes; the tests below count this
     * instance's subscriptions, so each starts once those are gone.
     */
    @BeforeEach
    void earlierSubscriptionsHaveEnded() {
        await().atMost(WAIT).until(() -> this.hub.subscriptions() == 0);
    }

    /** A second server on another port and the same database, as a deployment would run it. */
    @BeforeAll
    void startAnotherInstance() {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--factdesk.demo-data.enabled=false",
                "--spring.r2dbc.url=" + this.environment.getRequiredProperty("spring.r2dbc.url")));
        for (String credential : List.of("spring.r2dbc.username", "spring.r2dbc.password")) {
            if (this.environment.getProperty(credential) != null) {
                arguments.add("--" + credential + "=" + this.environment.getProperty(credential));
            }
        }
        this.otherInstance = new SpringApplicationBuilder(FactdeskApplication.class, SeparateNettyResources.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
    }

    @AfterAll
    void stopAnotherInstance() {
        this.otherInstance.close();
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private List<Integer> feedConnections() {
        return this.db.sql("SELECT pid FROM pg_stat_activity WHERE application_name = :name")
                .bind("name", AlertFeed.APPLICATION_NAME)
                .map(row -> row.get("pid", Integer.class))
                .all().collectList().block(WAIT);
    }

    private List<Integer> killFeedConnections() {
        return this.db.sql("""
                        SELECT pid, pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
                        WHERE application_name = :name""")
                .bind("name", AlertFeed.APPLICATION_NAME)
                .map(row -> row.get("pid", Integer.class))
                .all().collectList().block(WAIT);
    }

    /**
     * A graphql-transport-ws client that stops reading after the connection is acknowledged, with a small receive
     * buffer: it stands for a screen on a stalled network or a frozen tab.
     */
    private static final class SlowClient extends BaseSubscriber<String> implements AutoCloseable {

        private static final JsonMapper json = new JsonMapper();
        private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        private final Sinks.Empty<Void> acknowledged = Sinks.empty();
        private JsonNode error;

        /** Connects, and subscribes once the server has acknowledged the connection. */
        static SlowClient subscribe(int port, Article article, String token) throws InterruptedException {
            SlowClient client = connect(port, article, token);
            JsonNode ack = client.messages.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(ack).as("the server's answer to connection_init").isNotNull();
            assertThat(ack.path("type").asString()).as("%s", ack).isEqualTo("connection_ack");
            return client;
        }

        private static SlowClient connect(int port, Article article, String token) {
            String connectionInit = json.writeValueAsString(Map.of("type", "connection_init",
                    "payload", Map.of("Authorization", "Bearer " + token)));
            String subscribe = json.writeValueAsString(Map.of("id", "slow", "type", "subscribe", "payload", Map.of(
                    "query", "subscription ($article: ID) { claimAdded(filter: {articleId: $article}) "
                            + "{ cursor claim { id article { body } } } }",
                    "variables", Map.of("article", String.valueOf(article.id())))));
            SlowClient client = new SlowClient();
            HttpClient.create(ConnectionProvider.newConnection())
                    .option(ChannelOption.SO_RCVBUF, 16 * 1024)
                    .websocket(WebsocketClientSpec.builder().protocols("graphql-transport-ws")
                            .maxFramePayloadLength(1 << 20).build())
                    .uri("ws://localhost:" + port + "/graphql")
                    // As the protocol asks, it subscribes once the server has acknowledged connection_init.
                    .handle((in, out) -> Flux.merge(1, in.receive().asString(),
                            out.sendString(Flux.concat(Mono.just(connectionInit),
                                            client.acknowledged.asMono().thenReturn(subscribe)))
                                    .then()
                                    .thenMany(Flux.<String>empty())))
                    .subscribe(client);
            return client;
        }

        @Override
        protected void hookOnSubscribe(Subscription subscription) {
            request(1);
        }

        @Override
        protected void hookOnNext(String message) {
            JsonNode parsed = json.readTree(message);
            this.messages.add(parsed);
            if ("connection_ack".equals(parsed.path("type").asString())) {
                this.acknowledged.tryEmitEmpty();
            }
        }

        /** A connection that fails or closes shows up as a message, so that the test says why it stopped. */
        @Override
        protected void hookOnError(Throwable failure) {
            this.messages.add(json.createObjectNode().put("type", "client error").put("message", failure.toString()));
        }

        @Override
        protected void hookOnComplete() {
            this.messages.add(json.createObjectNode().put("type", "closed by the server"));
        }

        /** Reads everything now; returns the cursors of the alerts received before the error. */
        List<String> readUntilError() throws InterruptedException {
            request(Long.MAX_VALUE);
            List<String> cursors = new ArrayList<>();
            while (this.error == null) {
                JsonNode message = this.messages.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertThat(message).as("a message before the error").isNotNull();
                switch (message.path("type").asString()) {
                    case "next" -> cursors.add(message.path("payload").path("data").path("claimAdded")
                            .path("cursor").asString());
                    case "error" -> this.error = message.path("payload").path(0);
                    default -> throw new AssertionError("unexpected message " + message);
                }
            }
            return cursors;
        }

        JsonNode error() {
            return this.error;
        }

        @Override
        public void close() {
            dispose();
        }
    }
}
