package io.factdesk.alert;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import reactor.core.publisher.Flux;

import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

/** A desk screen that subscribes to claim alerts over a real WebSocket (graphql-transport-ws) of one instance. */
final class AlertClient implements AutoCloseable {

    // language=GraphQL
    private static final String FIELDS = """
            cursor kind claimVersion state previousState at
            claim { id text version article { id headline } claimant { name } }
            """;

    // language=GraphQL
    static final String CLAIM_ADDED = "subscription ($filter: ClaimAlertFilter, $after: String) {"
            + " claimAdded(filter: $filter, after: $after) { " + FIELDS + " } }";

    // language=GraphQL
    static final String CLAIM_UPDATED = "subscription ($filter: ClaimAlertFilter, $after: String) {"
            + " claimUpdated(filter: $filter, after: $after) { " + FIELDS + " } }";

    // language=GraphQL
    private static final String CLAIM_ADDED_BRIEFLY = "subscription ($filter: ClaimAlertFilter, $after: String) {"
            + " claimAdded(filter: $filter, after: $after) { cursor kind claimVersion state claim { id text } } }";

    private final WebSocketGraphQlTester graphQl;

    /** A subscriber signed in with {@code token}, sent on the WebSocket handshake. */
    AlertClient(int port, String token) {
        this.graphQl = WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql"),
                        new ReactorNettyWebSocketClient())
                .header("Authorization", "Bearer " + token)
                .build();
    }

    WebSocketGraphQlTester graphQl() {
        return this.graphQl;
    }

    Flux<Received> claimAdded(Map<String, Object> filter, String after) {
        return subscribe(CLAIM_ADDED, "claimAdded", filter, after);
    }

    /** Without nested fields that need the database: a subscriber as fast as this client can read. */
    Flux<Received> claimAddedBriefly(Map<String, Object> filter, String after) {
        return subscribe(CLAIM_ADDED_BRIEFLY, "claimAdded", filter, after);
    }

    Flux<Received> claimUpdated(Map<String, Object> filter, String after) {
        return subscribe(CLAIM_UPDATED, "claimUpdated", filter, after);
    }

    private Flux<Received> subscribe(String document, String field, Map<String, Object> filter, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        variables.put("after", after);
        return this.graphQl.document(document).variables(variables).executeSubscription().toFlux(field, Received.class);
    }

    static Map<String, Object> ofArticle(long articleId) {
        return Map.of("articleId", String.valueOf(articleId));
    }

    @Override
    public void close() {
        this.graphQl.stop().block(Duration.ofSeconds(5));
    }

    /** An alert as a client reads it. */
    record Received(String cursor, String kind, int claimVersion, String state, String previousState, String at,
            ReceivedClaim claim) {

        String text() {
            return this.claim.text();
        }
    }

    record ReceivedClaim(long id, String text, Integer version, ReceivedArticle article, ReceivedPerson claimant) {
    }

    record ReceivedArticle(long id, String headline) {
    }

    record ReceivedPerson(String name) {
    }
}
