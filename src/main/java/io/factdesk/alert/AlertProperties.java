package io.factdesk.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factdesk.alerts.*}: how claim alerts reach subscribers.
 *
 * @param bufferSize the newest alerts an instance keeps for its subscribers (once, shared by all of them): how far a
 * subscriber may fall behind; one that leaves an alert it wants untaken for longer is ended with a
 * {@code SUBSCRIBER_TOO_SLOW} error and resumes from the table with its last cursor
 * @param reconnectMinBackoff first wait before the listener connection is opened again after it dropped
 * @param reconnectMaxBackoff longest wait between attempts while the database stays unreachable
 * @param pollInterval how often the listener reads the event table even without a notification, and how long a
 * reading may take before its connection is given up for dead: a bound on the delay should a notification ever be
 * lost on a connection that died without a word
 */
@ConfigurationProperties("factdesk.alerts")
public record AlertProperties(
        @DefaultValue("1024") int bufferSize,
        @DefaultValue("200ms") Duration reconnectMinBackoff,
        @DefaultValue("10s") Duration reconnectMaxBackoff,
        @DefaultValue("30s") Duration pollInterval) {

    public AlertProperties {
        if (bufferSize < 1) {
            throw new IllegalArgumentException("factdesk.alerts.buffer-size must be at least 1, got " + bufferSize);
        }
    }
}
