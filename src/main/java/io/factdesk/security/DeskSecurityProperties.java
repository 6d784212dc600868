package io.factdesk.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factdesk.security.*}. In production tokens come from an identity provider
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}); without one, factdesk
 * checks tokens signed with {@code local-signing-key} (HMAC-SHA256, at least 32 bytes), and with
 * {@code dev-tokens} it hands such tokens out to the members on file at {@code GET /dev/tokens/{username}}.
 *
 * @param localSigningKey the shared secret of locally signed tokens; the embedded default sets a documented one
 * @param devTokens whether the token endpoint for local development is on; the embedded default turns it on
 * @param tokenLifetime how long a locally issued token is valid
 * @param rolesClaim the token claim that lists the member's roles
 */
@ConfigurationProperties("factdesk.security")
public record DeskSecurityProperties(String localSigningKey, @DefaultValue("false") boolean devTokens,
        @DefaultValue("8h") Duration tokenLifetime, @DefaultValue("roles") String rolesClaim) {
}
