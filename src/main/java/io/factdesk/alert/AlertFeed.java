package io.factdesk.alert;

import java.util.List;

import io.factdesk.claim.ClaimService;
import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.Retry.RetrySignal;

import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.connection.SingleConnectionFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * This instance's one reader of claim events. It holds a connection of its own, outside the pool, that LISTENs on
 * the channel the V3 triggers notify; on every wake-up it reads the table from where it stopped and hands what it
 * finds to the {@link AlertHub}. When the connection drops (a killed backend, a database restart) it reconnects
 * with backoff and reads what committed meanwhile, so subscribers miss nothing: they only wait.
 */
@Component
class AlertFeed implements SmartLifecycle {

    static final String CHANNEL = "claim_event";

    /** How the feed's connection shows in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "factdesk-alerts";

    /** Events read per statement. */
    private static final int BATCH = 500;
    private static final Log log = LogFactory.getLog(AlertFeed.class);

    private final ConnectionFactory connections;
    private final ClaimEventLog events;
    private final AlertHub hub;
    private final ClaimService claims;
    private final AlertProperties properties;
    private volatile Disposable running;

    AlertFeed(R2dbcConnectionDetails database, R2dbcProperties r2dbc, ClaimEventLog events, AlertHub hub,
            ClaimService claims, AlertProperties properties) {
        this.connections = dedicatedConnections(database, r2dbc);
        this.events = events;
        this.hub = hub;
        this.claims = claims;
        this.properties = properties;
    }

    @Override
    public void start() {
        // Alerts are for what commits from now on (or after a client's cursor, which the table replays).
        this.hub.startAt(this.events.latestPosition().block());
        this.running = feed().subscribe();
    }

    @Override
    public void stop() {
        this.running.dispose();
    }

    @Override
    public boolean isRunning() {
        Disposable feed = this.running;
        return feed != null && !feed.isDisposed();
    }

    /** Before the web server takes subscriptions, after it has stopped. */
    @Override
    public int getPhase() {
        return 0;
    }

    private Flux<Integer> feed() {
        return Flux.usingWhen(connect(), this::listenAndRead, PostgresqlConnection::close)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, this.properties.reconnectMinBackoff())
                        .maxBackoff(this.properties.reconnectMaxBackoff())
                        .transientErrors(true)
                        .doBeforeRetry(AlertFeed::logReconnect));
    }

    private Mono<PostgresqlConnection> connect() {
        return Mono.from(this.connections.create()).cast(PostgresqlConnection.class);
    }

    /**
     * LISTENs, then reads the table after every notification, once LISTEN is in place (for what committed while
     * there was no connection) and on every poll tick. Emits how many events each reading found.
     */
    private Flux<Integer> listenAndRead(PostgresqlConnection connection) {
        DatabaseClient db = DatabaseClient.create(
                new SingleConnectionFactory(connection, this.connections.getMetadata(), true));
        ClaimEventLog table = new ClaimEventLog(db);
        // Notifications are subscribed to first, so none slips between LISTEN and the first reading.
        Flux<Object> wakeUps = Flux.<Object>merge(
                connection.getNotifications().concatWith(Mono.error(AlertFeed::connectionClosed)),
                db.sql("LISTEN " + CHANNEL).then().thenReturn("listening").doOnNext(AlertFeed::logListening),
                Flux.interval(this.properties.pollInterval()));
        // Wake-ups that come while a reading runs fold into one more reading.
        // A reading that outlasts a poll interval means a connection that died without a word: start afresh.
        return wakeUps.onBackpressureLatest()
                .concatMap(wakeUp -> catchUp(table).timeout(this.properties.pollInterval()), 1);
    }

    /** Reads and hands out batches until the table has nothing newer. */
    private Mono<Integer> catchUp(ClaimEventLog table) {
        return readBatch(table)
                .expand(read -> read == BATCH ? readBatch(table) : Mono.empty())
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> readBatch(ClaimEventLog table) {
        return table.after(this.hub.position(), BATCH)
                .collectList()
                .flatMap(batch -> publish(batch).thenReturn(batch.size()));
    }

    /** Loads the claims of the batch through the claim service, in one statement, and hands out the alerts. */
    private Mono<Void> publish(List<ClaimEvent> batch) {
        if (batch.isEmpty()) {
            return Mono.empty();
        }
        long last = batch.get(batch.size() - 1).position();
        if (this.hub.skipUnwatched(last)) {
            return Mono.empty();
        }
        List<Long> claimIds = batch.stream().map(ClaimEvent::claimId).distinct().toList();
        return this.claims.findByIds(claimIds)
                .doOnNext(claimsById -> this.hub.publish(ClaimAlert.pair(batch, claimsById), last))
                .then();
    }

    /** Unpooled connections to the application's database, named so that they can be told apart. */
    private static ConnectionFactory dedicatedConnections(R2dbcConnectionDetails database, R2dbcProperties r2dbc) {
        ConnectionFactoryOptions configured = database.getConnectionFactoryOptions();
        ConnectionFactoryOptions.Builder options = configured.mutate();
        r2dbc.getProperties().forEach((name, value) -> options.option(Option.valueOf(name), value));
        if ("pool".equals(configured.getValue(ConnectionFactoryOptions.DRIVER))) {
            // r2dbc:pool:postgresql://...: the feed must own its connection, so it goes around the pool.
            options.option(ConnectionFactoryOptions.DRIVER,
                            (String) configured.getRequiredValue(ConnectionFactoryOptions.PROTOCOL))
                    .option(ConnectionFactoryOptions.PROTOCOL, "");
        }
        return ConnectionFactories.get(options
                .option(PostgresqlConnectionFactoryProvider.APPLICATION_NAME, APPLICATION_NAME)
                .option(PostgresqlConnectionFactoryProvider.TCP_KEEPALIVE, true)
                .build());
    }

    private static IllegalStateException connectionClosed() {
        return new IllegalStateException("the LISTEN connection closed");
    }

    private static void logListening(String ignored) {
        log.info("Listening for claim events on channel " + CHANNEL);
    }

    private static void logReconnect(RetrySignal signal) {
        log.warn("Claim alert feed lost its database connection (" + signal.failure().getMessage()
                + "); reconnecting, attempt " + (signal.totalRetriesInARow() + 1));
    }
}
