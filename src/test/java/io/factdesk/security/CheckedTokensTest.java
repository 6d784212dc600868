package io.factdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final List<String> decoded = new ArrayList<>();

    private final MovableClock clock = new MovableClock();

    /** Accepts tokens named "valid-…" until an hour after NOW and "forever" (no expiry); refuses the rest. */
    private final ReactiveJwtDecoder identityProvider = token -> {
        this.decoded.add(token);
        if (token.equals("forever")) {
            return Mono.just(jwt(token, null));
        }
        Instant expiresAt = NOW.plus(Duration.ofHours(1));
        if (token.startsWith("valid-") && this.clock.instant().isAfter(expiresAt)) {
            return Mono.error(new BadJwtException("expired " + token));
        }
        if (token.startsWith("valid-")) {
            return Mono.just(jwt(token, expiresAt));
        }
        return Mono.error(new BadJwtException("refused " + token));
    };

    @Test
    void aTokenIsCheckedOnceWhileItIsValid() {
        CheckedTokens tokens = new CheckedTokens(this.identityProvider, this.clock, 10);

        Jwt first = tokens.decode("valid-alice").block();
        Jwt second = tokens.decode("valid-alice").block();
        tokens.decode("valid-bob").block();

        assertThat(second).isSameAs(first);
        assertThat(this.decoded).containsExactly("valid-alice", "valid-bob");
    }

    @Test
    void anExpiredTokenIsCheckedAgainAndRefused() {
        CheckedTokens tokens = new CheckedTokens(this.identityProvider, this.clock, 10);
        tokens.decode("valid-alice").block();

        this.clock.now = NOW.plus(Duration.ofHours(2));

        assertThatThrownBy(() -> tokens.decode("valid-alice").block()).hasMessage("expired valid-alice");
        assertThat(this.decoded).containsExactly("valid-alice", "valid-alice");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
        CheckedTokens tokens = new CheckedTokens(this.identityProvider, this.clock, 10);

        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(this.decoded).containsExactly("forged", "forged");
    }

    @Test
    void aTokenWithoutExpiryIsCheckedEveryTime() {
        CheckedTokens tokens = new CheckedTokens(this.identityProvider, this.clock, 10);

        tokens.decode("forever").block();
        tokens.decode("forever").block();

        assertThat(this.decoded).containsExactly("forever", "forever");
    }

    @Test
    void theLeastRecentlyUsedTokenIsForgottenBeyondTheCapacity() {
        CheckedTokens tokens = new CheckedTokens(this.identityProvider, this.clock, 2);

        tokens.decode("valid-a").block();
        tokens.decode("valid-b").block();
        tokens.decode("valid-c").block();
        tokens.decode("valid-a").block();

        assertThat(this.decoded).containsExactly("valid-a", "valid-b", "valid-c", "valid-a");
    }

    private static final class MovableClock extends Clock {

        Instant now = NOW;

        @Override
        public Instant instant() {
            return this.now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        Jwt.Builder builder = Jwt.withTokenValue(token).header("alg", "HS256").subject(token).issuedAt(NOW);
        if (expiresAt != null) {
            builder.expiresAt(expiresAt);
        }
        return builder.build();
    }
}
