package io.factdesk.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;

import io.factdesk.graphql.LruMap;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Checks each distinct token once and remembers it until it expires. A desk screen sends the same token with
 * every request; parsing it, verifying its signature (an RSA verification with an identity provider's keys) and
 * converting its claims each time was 2 % of the CPU of the editorial page even with a local HMAC key. The key is
 * the whole token, signature included, so only a token that passed the check is ever found; one without an
 * expiry is checked every time.
 */
final class CheckedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;

    private final Clock clock;

    private final Map<String, Jwt> checked;

    CheckedTokens(ReactiveJwtDecoder decoder, Clock clock, int capacity) {
        this.decoder = decoder;
        this.clock = clock;
        this.checked = Collections.synchronizedMap(new LruMap<>(capacity));
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        Jwt known = this.checked.get(token);
        if (known != null && this.clock.instant().isBefore(known.getExpiresAt())) {
            return Mono.just(known);
        }
        return this.decoder.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    private void remember(String token, Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt != null && this.clock.instant().isBefore(expiresAt)) {
            this.checked.put(token, jwt);
        }
    }
}
