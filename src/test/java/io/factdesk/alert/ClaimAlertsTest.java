package io.factdesk.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.factdesk.alert.AlertClient.Received;
import io.factdesk.article.Article;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.claim.NewClaim;
import io.factdesk.graphql.Cursor;
import io.factdesk.person.Person;
import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.JdbcConnections;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Claim alerts over a real WebSocket: what arrives, in which order, and what never does. */
@IntegrationTest
class ClaimAlertsTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

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

    HttpGraphQlTester graphQl;

    @Autowired
    DatabaseClient db;

    @Autowired
    TransactionalOperator transactional;

    @Autowired
    JdbcConnections jdbc;

    AlertClient client;

    @BeforeEach
    void connect() {
        this.graphQl = this.desk.as(Role.CHECKER);
        this.client = new AlertClient(this.port, this.desk.token("subscriber", Role.CHECKER));
    }

    @AfterEach
    void disconnect() {
        this.client.close();
    }

    @Test
    void aNewClaimAlertsWithTheClaimAndItsNestedFields() {
        Article article = this.data.article("Alerts " + TestData.token(), "The minister said 5 million shells left.");
        Person minister = this.data.person("Minister " + TestData.token());
        String after = latestCursor();

        StepVerifier.create(this.client.claimAdded(AlertClient.ofArticle(article.id()), after))
                .then(() -> this.data.claim(article, "The minister said 5 million shells left.", minister))
                .assertNext(alert -> {
                    assertThat(alert.kind()).isEqualTo("CLAIM_ADDED");
                    assertThat(alert.state()).isEqualTo("NEW");
                    assertThat(alert.previousState()).isNull();
                    assertThat(alert.claimVersion()).isZero();
                    assertThat(alert.cursor()).isNotBlank();
                    assertThat(alert.text()).isEqualTo("The minister said 5 million shells left.");
                    assertThat(alert.claim().article().headline()).isEqualTo(article.headline());
                    assertThat(alert.claim().claimant().name()).isEqualTo(minister.name());
                })
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void aRepeatedClaimAlertsWithTheClaimOnFileThatItRepeats() {
        String ship = "Cargo line " + TestData.token();
        Article earlier = this.data.article("Alerts " + TestData.token(), "Earlier.");
        Claim checked = this.data.claim(earlier,
                ship + " shipped almost five million artillery shells to the port in March, the ministry says.", null);
        Article later = this.data.article("Alerts " + TestData.token(), "Later.");
        String after = latestCursor();
        // language=GraphQL
        String document = """
                subscription ($filter: ClaimAlertFilter, $after: String) {
                  claimAdded(filter: $filter, after: $after) {
                    claim { text } bestMatch { score confirmed node { id state } }
                  }
                }""";

        StepVerifier.create(this.client.graphQl().document(document)
                        .variable("filter", AlertClient.ofArticle(later.id()))
                        .variable("after", after)
                        .executeSubscription()
                        .toFlux("claimAdded", MatchedAlert.class))
                .then(() -> {
                    this.data.claim(later, "The ministry says " + ship + " shipped 5,000,000 artillery shells to the"
                            + " port in March.", null);
                    this.data.claim(later, "Lighthouse keeper " + TestData.token() + " counted 40 gulls.", null);
                })
                .assertNext(repeat -> {
                    assertThat(repeat.bestMatch()).isNotNull();
                    assertThat(repeat.bestMatch().node().id()).isEqualTo(String.valueOf(checked.id()));
                    assertThat(repeat.bestMatch().node().state()).isEqualTo("NEW");
                    assertThat(repeat.bestMatch().score()).isBetween(0.5, 1.0);
                    assertThat(repeat.bestMatch().confirmed()).isFalse();
                })
                .assertNext(unrelated -> assertThat(unrelated.bestMatch()).isNull())
                .thenCancel()
                .verify(WAIT);
    }

    /** A claimAdded alert as the desk's intake screen reads it: the claim and what it may repeat. */
    record MatchedAlert(Text claim, Match bestMatch) {

        record Text(String text) {
        }

        record Match(double score, boolean confirmed, Node node) {
        }

        record Node(String id, String state) {
        }
    }

    @Test
    void resumesAfterACursorWithoutGapOrDuplicate() {
        Article article = this.data.article("Alerts " + TestData.token(), "Claims one to five.");
        String after = latestCursor();
        this.data.claim(article, "One.", null);
        Received first = this.client.claimAdded(AlertClient.ofArticle(article.id()), after).blockFirst(WAIT);
        assertThat(first.text()).isEqualTo("One.");

        // The screen is gone; meanwhile the desk goes on.
        this.data.claim(article, "Two.", null);
        this.data.claim(article, "Three.", null);

        int subscriptions = this.hub.subscriptions();
        StepVerifier.create(this.client.claimAdded(AlertClient.ofArticle(article.id()), first.cursor())
                        .map(Received::text))
                .then(() -> awaitSubscriptions(subscriptions + 1))
                .then(() -> this.data.claim(article, "Four.", null))
                .then(() -> this.data.claim(article, "Five.", null))
                .expectNext("Two.", "Three.", "Four.", "Five.")
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void theSeamBetweenReplayAndLiveAlertsHasNoGapAndNoDuplicate() {
        Article article = this.data.article("Alerts " + TestData.token(), "Many claims.");
        IntStream.rangeClosed(1, 10).forEach(n -> this.data.claim(article, "Claim " + n, null));
        String after = latestCursor();

        // Claims keep committing while the subscription starts, so the seam falls somewhere among them.
        CompletableFuture<Void> desk = CompletableFuture.runAsync(() ->
                IntStream.rangeClosed(11, 60).forEach(n -> this.data.claim(article, "Claim " + n, null)));
        List<String> received = this.client.claimAdded(AlertClient.ofArticle(article.id()), after)
                .map(Received::text)
                .take(50)
                .collectList()
                .block(WAIT);
        desk.join();

        assertThat(received).containsExactlyElementsOf(
                IntStream.rangeClosed(11, 60).mapToObj(n -> "Claim " + n).toList());
    }

    @Test
    void aRolledBackClaimNeverAlerts() {
        Article article = this.data.article("Alerts " + TestData.token(), "Kept. Rolled back.");
        String after = latestCursor();
        Mono<Claim> failingChange = this.claims.create(new NewClaim(article.id(), "Rolled back.", null, null, 0.5f),
                        "test", null)
                .then(Mono.error(new IllegalStateException("the change fails after its claim was written")));
        StepVerifier.create(this.transactional.transactional(failingChange))
                .expectErrorMessage("the change fails after its claim was written")
                .verify(WAIT);
        this.data.claim(article, "Kept.", null);

        // Alerts come in commit order: had the rolled-back claim alerted, it would come first.
        StepVerifier.create(this.client.claimAdded(AlertClient.ofArticle(article.id()), after).map(Received::text))
                .expectNext("Kept.")
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void aClaimThatCommitsLateStillFollowsTheCursorsOfEarlierCommits() throws SQLException {
        Article article = this.data.article("Alerts " + TestData.token(), "Slow. Quick.");
        String after = latestCursor();
        try (Connection slow = this.jdbc.open()) {
            // The slow transaction writes its claim first (lower claim id), then commits last.
            slow.setAutoCommit(false);
            insertClaim(slow, article, "Slow.");
            this.data.claim(article, "Quick.", null);
            Received quick = this.client.claimAdded(AlertClient.ofArticle(article.id()), after).blockFirst(WAIT);
            assertThat(quick.text()).isEqualTo("Quick.");
            slow.commit();

            // A client that resumes after the quick claim's cursor must not lose the slow one.
            Received next = this.client.claimAdded(AlertClient.ofArticle(article.id()), quick.cursor())
                    .blockFirst(WAIT);
            assertThat(next.text()).isEqualTo("Slow.");
            assertThat(next.claim().id()).isLessThan(quick.claim().id());
        }
    }

    @Test
    void updatesAlertOncePerTransactionWithTheStateChange() {
        Article article = this.data.article("Alerts " + TestData.token(), "A claim to check.");
        Claim claim = this.data.claim(article, "A claim to check.", null);
        String after = latestCursor();

        // What the workflow does with a claim in one transaction: two changes, one alert.
        Mono<Void> takeAndScore = this.db.sql("UPDATE claim SET state = 'IN_PROGRESS', version = version + 1 WHERE id = :id")
                .bind("id", claim.id()).then()
                .then(this.db.sql("UPDATE claim SET check_worthiness = 0.9, version = version + 1 WHERE id = :id")
                        .bind("id", claim.id()).then());
        this.transactional.transactional(takeAndScore).block(WAIT);
        this.db.sql("UPDATE claim SET state = 'DISMISSED', version = version + 1 WHERE id = :id")
                .bind("id", claim.id()).then().block(WAIT);

        StepVerifier.create(this.client.claimUpdated(AlertClient.ofArticle(article.id()), after))
                .assertNext(alert -> {
                    assertThat(alert.kind()).isEqualTo("CLAIM_UPDATED");
                    assertThat(alert.previousState()).isEqualTo("NEW");
                    assertThat(alert.state()).isEqualTo("IN_PROGRESS");
                    assertThat(alert.claimVersion()).isEqualTo(2);
                    assertThat(alert.claim().version()).isEqualTo(3);
                })
                .assertNext(alert -> {
                    assertThat(alert.previousState()).isEqualTo("IN_PROGRESS");
                    assertThat(alert.state()).isEqualTo("DISMISSED");
                })
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void filtersBySpeakerStateAndCheckWorthiness() {
        Article article = this.data.article("Alerts " + TestData.token(), "Body.");
        Person speaker = this.data.person("Speaker " + TestData.token());
        String after = latestCursor();
        Claim worthy = this.data.claim(article, "By the speaker, scored 0.5.", speaker);
        this.data.claim(article, "By nobody, scored 0.5.", null);
        this.claims.create(new NewClaim(article.id(), "By the speaker, scored 0.3.", null, speaker.id(), 0.3f),
                "test", null).block(WAIT);
        this.db.sql("UPDATE claim SET state = 'IN_PROGRESS', version = version + 1 WHERE id = :id")
                .bind("id", worthy.id()).then().block(WAIT);

        Map<String, Object> filter = Map.of("articleId", String.valueOf(article.id()),
                "claimantId", String.valueOf(speaker.id()), "minCheckWorthiness", 0.5);
        StepVerifier.create(this.client.claimAdded(filter, after).map(Received::text))
                .expectNext("By the speaker, scored 0.5.")
                .thenCancel()
                .verify(WAIT);
        Map<String, Object> byState = Map.of("articleId", String.valueOf(article.id()), "states", List.of("IN_PROGRESS"));
        StepVerifier.create(this.client.claimUpdated(byState, after).map(Received::text))
                .expectNext("By the speaker, scored 0.5.")
                .thenCancel()
                .verify(WAIT);
        // The updated claim left NEW: a subscriber of NEW claims hears nothing of it.
        Map<String, Object> stillNew = Map.of("articleId", String.valueOf(article.id()), "states", List.of("NEW"));
        StepVerifier.create(this.client.claimUpdated(stillNew, after))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(300))
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void aCursorThatIsNoAlertCursorIsABadRequest() {
        String claimsCursor = Cursor.of("claim", 42).encode();

        for (String after : List.of("not a cursor", claimsCursor)) {
            this.client.graphQl().document(AlertClient.CLAIM_ADDED).variable("after", after)
                    .executeSubscription().toFlux()
                    .as(StepVerifier::create)
                    .expectErrorSatisfies(ex -> assertThat(((SubscriptionErrorException) ex).getErrors())
                            .singleElement().satisfies(error -> {
                                assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                                assertThat(error.getMessage()).isEqualTo("'after' is not a claim alert cursor; "
                                        + "pass the cursor of the last alert you received");
                                assertThat(error.getExtensions()).containsEntry("argument", "after");
                            }))
                    .verify(WAIT);
        }
    }

    private String latestCursor() {
        return this.graphQl.document("{ latestClaimAlertCursor }")
                .execute().path("latestClaimAlertCursor").entity(String.class).get();
    }

    private void awaitSubscriptions(int count) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(10)).until(() -> this.hub.subscriptions() == count);
    }

    private static void insertClaim(Connection connection, Article article, String text) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO claim (article_id, text) VALUES (?, ?)")) {
            insert.setLong(1, article.id());
            insert.setString(2, text);
            insert.executeUpdate();
        }
    }
}
