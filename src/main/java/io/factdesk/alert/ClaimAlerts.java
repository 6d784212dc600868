package io.factdesk.alert;

import java.util.List;

import io.factdesk.claim.ClaimService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Service;

/**
 * Claim alert subscriptions: what was committed after the client's cursor, from the table, then the live alerts of
 * this instance's feed, without gap or duplicate at the seam.
 */
@Service
class ClaimAlerts {

    /** Events read per statement when replaying; the claims of a page are loaded in one more. */
    private static final int REPLAY_PAGE = 200;

    /** Alerts a subscription takes from the hub ahead of the GraphQL execution that renders them. */
    private static final int PREFETCH = 16;

    private final AlertHub hub;
    private final ClaimEventLog log;
    private final ClaimService claims;

    ClaimAlerts(AlertHub hub, ClaimEventLog log, ClaimService claims) {
        this.hub = hub;
        this.log = log;
        this.claims = claims;
    }

    /**
     * The alerts of one kind that the filter accepts: those committed after {@code after} (a cursor) first, then
     * live ones; with no cursor, those committed from now on. Bad arguments fail here, before anything starts.
     *
     * <p>Why the seam holds: the subscription registers with the hub first, which hands it every event after
     * position {@code p} from then on. The replay then reads {@code (after, p]}: the feed has already read {@code p},
     * so it has committed, and since ids commit in order so has everything before it. Together the two cover every
     * id after {@code after} exactly once.
     */
    Flux<ClaimAlert> alerts(ClaimAlertKind kind, ClaimAlertFilter filter, String after) {
        AlertCriteria criteria = AlertCriteria.of(kind, filter);
        Long afterPosition = ClaimAlert.positionOf(after);
        return Flux.using(() -> this.hub.register(criteria),
                        registration -> replay(criteria, afterPosition, registration.from())
                                .concatWith(registration.alerts()),
                        AlertHub.Registration::close)
                // A cursor from an instance whose feed is ahead of this one's: skip what the client has seen.
                .filter(alert -> afterPosition == null || alert.position() > afterPosition)
                // Renders on a worker, not on the thread of the hub, which goes on to the next subscriber.
                .publishOn(Schedulers.parallel(), PREFETCH);
    }

    /** The cursor of the newest alert so far: a subscription given it misses nothing committed afterwards. */
    Mono<String> latestCursor() {
        return this.log.latestPosition().map(ClaimAlert::cursorOf);
    }

    private Flux<ClaimAlert> replay(AlertCriteria criteria, Long after, long upTo) {
        if (after == null || after >= upTo) {
            return Flux.empty();
        }
        return this.log.matching(criteria, after, upTo, REPLAY_PAGE)
                .collectList()
                .flatMapMany(events -> replayPage(criteria, events, upTo));
    }

    private Flux<ClaimAlert> replayPage(AlertCriteria criteria, List<ClaimEvent> events, long upTo) {
        Flux<ClaimAlert> page = withClaims(events);
        if (events.size() < REPLAY_PAGE) {
            return page;
        }
        long last = events.get(events.size() - 1).position();
        return page.concatWith(Flux.defer(() -> replay(criteria, last, upTo)));
    }

    private Flux<ClaimAlert> withClaims(List<ClaimEvent> events) {
        if (events.isEmpty()) {
            return Flux.empty();
        }
        List<Long> claimIds = events.stream().map(ClaimEvent::claimId).distinct().toList();
        return this.claims.findByIds(claimIds)
                .flatMapIterable(claimsById -> ClaimAlert.pair(events, claimsById));
    }
}
