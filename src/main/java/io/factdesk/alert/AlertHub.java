package io.factdesk.alert;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import org.springframework.stereotype.Component;

/**
 * Hands the alerts of this instance's one feed to every subscription that wants them. The last
 * {@code factdesk.alerts.buffer-size} alerts are kept once, in a ring that all subscriptions read at their own pace,
 * so memory does not grow with the number of subscribers and nobody waits for anybody: a subscriber that has not
 * taken an alert it wants by the time the ring comes round to it again is ended, and resumes from the table.
 *
 * <p>The hub also knows how far the feed has read ({@link #position()}). Registering a subscription and reading
 * that position happen under the same lock as publishing, so a subscription receives exactly the events after the
 * position it was given; whatever lies before it, the subscription replays from the table.
 */
@Component
class AlertHub {

    private final int capacity;
    private final AtomicReferenceArray<Slot> ring;
    private final List<Reader> readers = new CopyOnWriteArrayList<>();

    /** How many alerts the ring has taken since start; alert number {@code n} is in slot {@code n % capacity}. */
    private volatile long head;

    /** The id of the last event the feed has handed out or skipped; written under the lock. */
    private long position;

    AlertHub(AlertProperties properties) {
        this.capacity = properties.bufferSize();
        this.ring = new AtomicReferenceArray<>(this.capacity);
    }

    /** Where the feed starts: it reads nothing older than this. */
    synchronized void startAt(long position) {
        this.position = position;
    }

    synchronized long position() {
        return this.position;
    }

    /** Starts a subscription at the current head: it will see the alerts of the events after {@code from()}. */
    synchronized Registration register(AlertCriteria criteria) {
        Reader reader = new Reader(criteria, this.head);
        this.readers.add(reader);
        return new Registration(reader, this.position);
    }

    /**
     * With no subscription at all, the feed need not load the claims of its events: it only moves on. Decided under
     * the lock, so a subscription registered a moment later starts after these events rather than missing them.
     */
    synchronized boolean skipUnwatched(long lastPosition) {
        if (!this.readers.isEmpty()) {
            return false;
        }
        this.position = lastPosition;
        return true;
    }

    /**
     * Puts the alerts of one batch in the ring, in order, and moves on to {@code lastPosition} (the batch may hold
     * events without alert, for claims deleted since). Every subscription takes what it wants and can after each
     * half ring, so that a batch longer than the ring does not overrun subscribers that keep up.
     */
    synchronized void publish(List<ClaimAlert> alerts, long lastPosition) {
        int chunk = Math.max(1, this.capacity / 2);
        for (int start = 0; start < alerts.size(); start += chunk) {
            putInRing(alerts.subList(start, Math.min(alerts.size(), start + chunk)));
            drainAll();
        }
        this.position = lastPosition;
    }

    private void putInRing(List<ClaimAlert> alerts) {
        for (ClaimAlert alert : alerts) {
            long number = this.head;
            this.ring.set(slotOf(number), new Slot(number, alert));
            this.head = number + 1;
        }
    }

    private void drainAll() {
        for (Reader reader : this.readers) {
            reader.drain();
        }
    }

    /** How many subscriptions this instance serves. */
    int subscriptions() {
        return this.readers.size();
    }

    private int slotOf(long number) {
        return (int) (number % this.capacity);
    }

    private record Slot(long number, ClaimAlert alert) {
    }

    /** One subscription's place in the hub; {@link #close()} it when the subscription ends. */
    final class Registration implements AutoCloseable {

        private final Reader reader;
        private final long from;

        private Registration(Reader reader, long from) {
            this.reader = reader;
            this.from = from;
        }

        /** The subscription receives the events after this id; the ones up to it are in the table. */
        long from() {
            return this.from;
        }

        /** The alerts from registration on, taken at the subscriber's pace; may be subscribed to once. */
        Flux<ClaimAlert> alerts() {
            return Flux.create(this.reader::attach, FluxSink.OverflowStrategy.ERROR);
        }

        @Override
        public void close() {
            AlertHub.this.readers.remove(this.reader);
        }
    }

    /**
     * Reads the ring for one subscription: skips what the criteria reject, emits what they accept as far as the
     * subscriber asked. One drain runs at a time (the publishing thread or the subscriber's), counted in {@code wip}.
     */
    private final class Reader {

        private final AlertCriteria criteria;
        private final AtomicInteger wip = new AtomicInteger();
        private volatile FluxSink<ClaimAlert> sink;
        private long next;
        private boolean overrun;
        private boolean ended;

        private Reader(AlertCriteria criteria, long next) {
            this.criteria = criteria;
            this.next = next;
        }

        /** Until a subscriber attaches (while its replay runs), the reader only skips what it would not send. */
        void attach(FluxSink<ClaimAlert> sink) {
            this.sink = sink;
            sink.onRequest(requested -> drain());
            sink.onDispose(() -> AlertHub.this.readers.remove(this));
            drain();
        }

        void drain() {
            if (this.wip.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            do {
                drainOnce();
                missed = this.wip.addAndGet(-missed);
            }
            while (missed != 0);
        }

        private void drainOnce() {
            FluxSink<ClaimAlert> sink = this.sink;
            while (!this.overrun && this.next < AlertHub.this.head) {
                Slot slot = AlertHub.this.ring.get(slotOf(this.next));
                if (slot.number() != this.next) {
                    this.overrun = true;
                    AlertHub.this.readers.remove(this);
                    break;
                }
                boolean wanted = this.criteria.matches(slot.alert().event());
                if (wanted && (sink == null || sink.requestedFromDownstream() == 0)) {
                    return;
                }
                if (wanted) {
                    sink.next(slot.alert());
                }
                this.next++;
            }
            if (this.overrun && sink != null && !this.ended) {
                // After everything it did take, so the subscriber's last cursor is exactly where to resume.
                this.ended = true;
                sink.error(new SubscriberTooSlowException(AlertHub.this.capacity));
            }
        }
    }
}
