package io.factdesk.graphql;

import java.util.Map;

import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Automatic Persisted Queries, as Apollo Client sends them: hash first, the text once when asked for it. */
@IntegrationTest
class PersistedQueriesTest {

    @Autowired
    WebTestClient web;

    @Autowired
    Desk desk;

    private WebTestClient.ResponseSpec post(Map<String, Object> body) {
        return this.web.post().uri("/graphql")
                .headers(headers -> headers.setBearerAuth(this.desk.token("apollo", Role.CHECKER)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private static Map<String, Object> hashOf(String query) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedQueryStore.sha256(query)));
    }

    @Test
    void anUnknownHashAsksForTheTextThenTheHashAloneRuns() {
        String query = "query Persisted" + System.nanoTime() + " { people(first: 1) { edges { cursor } } }";

        post(Map.of("extensions", hashOf(query))).expectStatus().isOk().expectBody()
                .jsonPath("$.errors[0].message").isEqualTo("PersistedQueryNotFound")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("PersistedQueryNotFound");

        post(Map.of("query", query, "extensions", hashOf(query))).expectStatus().isOk().expectBody()
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.people.edges").isArray();

        post(Map.of("extensions", hashOf(query))).expectStatus().isOk().expectBody()
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.people.edges").isArray();
    }

    @Test
    void aHashThatIsNotTheTextsIsRefused() {
        String query = "{ people(first: 1) { edges { cursor } } }";

        post(Map.of("query", query, "extensions", hashOf(query + " "))).expectStatus().isOk().expectBody()
                .jsonPath("$.errors[0].message").isEqualTo("PersistedQueryIdInvalid")
                .jsonPath("$.data").doesNotExist();
    }
}
