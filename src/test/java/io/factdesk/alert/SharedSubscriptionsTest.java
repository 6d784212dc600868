package io.factdesk.alert;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.factdesk.alert.AlertClient.Received;
import io.factdesk.article.Article;
import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Subscriptions that ask alike share one execution; the others do not. */
@IntegrationTest
class SharedSubscriptionsTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    Desk desk;

    @Autowired
    AlertHub hub;

    @Autowired
    SharedSubscriptions shared;

    @Test
    void subscribersAskingAlikeShareOneExecutionAndEachReceivesEveryAlert() {
        Article article = this.data.article("Shared " + TestData.token(), "Claims for two screens.");
        int subscriptions = this.hub.subscriptions();
        int groups = this.shared.groups();
        try (AlertClient first = client("first", Role.CHECKER);
                AlertClient second = client("second", Role.CHECKER)) {
            List<Received> toFirst = new CopyOnWriteArrayList<>();
            List<Received> toSecond = new CopyOnWriteArrayList<>();
            Disposable one = first.claimAdded(AlertClient.ofArticle(article.id()), null).subscribe(toFirst::add);
            awaitSubscriptions(subscriptions + 1);
            Disposable two = second.claimAdded(AlertClient.ofArticle(article.id()), null).subscribe(toSecond::add);
            await().atMost(WAIT).until(() -> this.shared.groups() == groups + 1);

            // The second may have joined a moment after the first started: the alerts that follow reach both.
            this.data.claim(article, "A claim for both.", null);
            await().atMost(WAIT).until(() -> !toFirst.isEmpty() && !toSecond.isEmpty());
            this.data.claim(article, "Another claim for both.", null);
            await().atMost(WAIT).until(() -> toFirst.size() == 2 && toSecond.size() == 2);

            assertThat(this.hub.subscriptions()).isEqualTo(subscriptions + 1);
            assertThat(toSecond).isEqualTo(toFirst);
            assertThat(toFirst).extracting(Received::text)
                    .containsExactly("A claim for both.", "Another claim for both.");
            assertThat(toFirst.get(0).claim().article().headline()).isEqualTo(article.headline());

            // One screen closes: the other goes on; when both have, the execution ends.
            one.dispose();
            this.data.claim(article, "A claim for the second.", null);
            await().atMost(WAIT).until(() -> toSecond.size() == 3);
            assertThat(toFirst).hasSize(2);
            two.dispose();
            awaitSubscriptions(subscriptions);
            await().atMost(WAIT).until(() -> this.shared.groups() == groups);
        }
    }

    @Test
    void otherRolesAndResumedSubscriptionsExecuteOnTheirOwn() {
        Article article = this.data.article("Shared " + TestData.token(), "Claims for several screens.");
        String cursor = latestCursor();
        int subscriptions = this.hub.subscriptions();
        try (AlertClient checker = client("checker", Role.CHECKER);
                AlertClient editor = client("editor", Role.EDITOR);
                AlertClient resumed = client("resumed", Role.CHECKER)) {
            List<Received> toResumed = new CopyOnWriteArrayList<>();
            Disposable one = checker.claimAdded(AlertClient.ofArticle(article.id()), null).subscribe();
            awaitSubscriptions(subscriptions + 1);
            Disposable two = editor.claimAdded(AlertClient.ofArticle(article.id()), null).subscribe();
            awaitSubscriptions(subscriptions + 2);
            Disposable three = resumed.claimAdded(AlertClient.ofArticle(article.id()), cursor)
                    .subscribe(toResumed::add);
            awaitSubscriptions(subscriptions + 3);

            this.data.claim(article, "A claim for all.", null);
            await().atMost(WAIT).until(() -> toResumed.size() == 1);
            one.dispose();
            two.dispose();
            three.dispose();
            awaitSubscriptions(subscriptions);
        }
    }

    @Test
    void screensSignedInThroughConnectionInitShareToo() {
        Article article = this.data.article("Shared " + TestData.token(), "Claims for screens signed in late.");
        int subscriptions = this.hub.subscriptions();
        int groups = this.shared.groups();
        WebSocketGraphQlClient first = signedInInConnectionInit("first");
        WebSocketGraphQlClient second = signedInInConnectionInit("second");
        try {
            Map<String, Object> filter = AlertClient.ofArticle(article.id());
            Flux<String> toFirst = firstText(first, filter);
            Flux<String> toSecond = firstText(second, filter);
            toFirst.subscribe();
            awaitSubscriptions(subscriptions + 1);
            toSecond.subscribe();
            await().atMost(WAIT).until(() -> this.shared.groups() == groups + 1);

            this.data.claim(article, "Seen by both.", null);

            assertThat(toFirst.blockLast(WAIT)).isEqualTo("Seen by both.");
            assertThat(toSecond.blockLast(WAIT)).isEqualTo("Seen by both.");
            assertThat(this.hub.subscriptions()).isLessThanOrEqualTo(subscriptions + 1);
        }
        finally {
            first.stop().block(WAIT);
            second.stop().block(WAIT);
        }
    }

    private static Flux<String> firstText(WebSocketGraphQlClient client, Map<String, Object> filter) {
        return client.document(AlertClient.CLAIM_ADDED).variable("filter", filter).executeSubscription()
                .map(response -> response.field("claimAdded.claim.text").toEntity(String.class))
                .take(1).cache();
    }

    private WebSocketGraphQlClient signedInInConnectionInit(String username) {
        String token = this.desk.token(username, Role.CHECKER);
        return WebSocketGraphQlClient.builder("ws://localhost:" + this.port + "/graphql",
                        new ReactorNettyWebSocketClient())
                .interceptor(new WebSocketGraphQlClientInterceptor() {
                    @Override
                    public Mono<Object> connectionInitPayload() {
                        return Mono.just(Map.of("Authorization", "Bearer " + token));
                    }
                })
                .build();
    }

    private AlertClient client(String username, Role role) {
        return new AlertClient(this.port, this.desk.token(username, role));
    }

    private String latestCursor() {
        return this.desk.as(Role.CHECKER).document("{ latestClaimAlertCursor }")
                .execute().path("latestClaimAlertCursor").entity(String.class).get();
    }

    private void awaitSubscriptions(int count) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(10)).until(() -> this.hub.subscriptions() == count);
    }
}
