package io.factdesk.security;

import java.util.List;
import java.util.Map;

import io.factdesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A developer gets a token for a demo member and uses it; a forged or broken token is refused. */
@IntegrationTest
class DevTokensTest {

    @Autowired
    WebTestClient web;

    @Test
    void aDemoMembersTokenSignsIntoGraphQl() {
        Map<?, ?> issued = this.web.get().uri("/dev/tokens/edith").exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(issued.get("roles")).isEqualTo(List.of("EDITOR"));

        this.web.post().uri("/graphql")
                .headers(headers -> headers.setBearerAuth((String) issued.get("token")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ me { username displayName roles } }"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data.me.username").isEqualTo("edith")
                .jsonPath("$.data.me.displayName").isEqualTo("Edith Editor")
                .jsonPath("$.data.me.roles[0]").isEqualTo("EDITOR");
    }

    @Test
    void thereIsNoTokenForAStranger() {
        this.web.get().uri("/dev/tokens/mallory").exchange().expectStatus().isNotFound();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5Iiwicm9sZXMiOlsiQURNSU4iXSwiaXNzIjoiZmFjdGRlc2stbG9jYWwifQ."
                + "c2lnbmF0dXJlLW9mLWFub3RoZXIta2V5LXRoYXQtd29udC1tYXRjaA";

        this.web.post().uri("/graphql")
                .headers(headers -> headers.setBearerAuth(forged))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ me { username } }"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueMatches("WWW-Authenticate", "Bearer.*invalid_token.*");
    }
}
