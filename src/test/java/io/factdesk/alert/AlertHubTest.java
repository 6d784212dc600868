package io.factdesk.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import io.factdesk.verification.VerificationState;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub's ring: who receives what, and who is ended, without a database or a server. */
class AlertHubTest {

    private static final int RING = 4;
    private static final AlertCriteria ARTICLE_1 = new AlertCriteria(ClaimAlertKind.CLAIM_ADDED, 1L, null, null, null);

    private final AlertHub hub = new AlertHub(
            new AlertProperties(RING, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30)));

    @Test
    void aSubscriptionReceivesWhatFollowsItsRegistrationAndKnowsWhereThatIs() {
        this.hub.startAt(10);
        publish(1, 11, 12);
        AlertHub.Registration registration = this.hub.register(ARTICLE_1);
        publish(1, 13, 14);

        assertThat(registration.from()).isEqualTo(12);
        StepVerifier.create(registration.alerts().map(ClaimAlert::position))
                .expectNext(13L, 14L)
                .thenCancel()
                .verify();
        assertThat(this.hub.subscriptions()).isZero();
    }

    @Test
    void aSubscriberThatTakesNothingIsEndedOnceTheRingComesRoundAfterWhatItTook() {
        AlertHub.Registration registration = this.hub.register(ARTICLE_1);

        StepVerifier.create(registration.alerts().map(ClaimAlert::position), 1)
                .then(() -> publish(1, LongStream.rangeClosed(1, RING + 2).toArray()))
                .expectNext(1L)
                .expectError(SubscriberTooSlowException.class)
                .verify(Duration.ofSeconds(5));
        assertThat(this.hub.subscriptions()).isZero();
    }

    @Test
    void aSlowSubscriberHoldsNoOneBack() {
        AlertHub.Registration stuck = this.hub.register(ARTICLE_1);
        AlertHub.Registration keen = this.hub.register(ARTICLE_1);
        StepVerifier.create(stuck.alerts(), 0).expectSubscription().thenCancel().verifyLater();

        StepVerifier.create(keen.alerts().map(ClaimAlert::position))
                .then(() -> publish(1, LongStream.rangeClosed(1, 3 * RING).toArray()))
                .expectNextSequence(LongStream.rangeClosed(1, 3 * RING).boxed().toList())
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void aSubscriberWithNothingToTakeFromABurstIsNotEnded() {
        AlertHub.Registration registration = this.hub.register(ARTICLE_1);
        publish(2, LongStream.rangeClosed(1, 3 * RING).toArray());
        publish(1, 3 * RING + 1);

        assertThat(this.hub.subscriptions()).isOne();
        StepVerifier.create(registration.alerts().map(ClaimAlert::position))
                .expectNext(3L * RING + 1)
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void withNoSubscriptionTheHubOnlyMovesOn() {
        this.hub.startAt(5);

        assertThat(this.hub.skipUnwatched(9)).isTrue();
        assertThat(this.hub.register(ARTICLE_1).from()).isEqualTo(9);
        assertThat(this.hub.skipUnwatched(12)).isFalse();
    }

    /** Claims added to an article, one alert per position; the hub never looks at the claim itself. */
    private void publish(long articleId, long... positions) {
        List<ClaimAlert> alerts = LongStream.of(positions)
                .mapToObj(position -> new ClaimAlert(new ClaimEvent(position, ClaimAlertKind.CLAIM_ADDED, position,
                        0, articleId, null, VerificationState.NEW, null, 0.5f, Instant.now()), null))
                .toList();
        this.hub.publish(alerts, positions[positions.length - 1]);
    }
}
