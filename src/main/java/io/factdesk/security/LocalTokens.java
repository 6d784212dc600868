package io.factdesk.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** Signs and checks tokens with the local signing key, for development and tests without an identity provider. */
public class LocalTokens {

    /**
     * A URL, as issuers are (OpenID Connect): Spring Security converts the {@code iss} claim of every request to a
     * URL and, for a plain name, paid for an exception each time. {@code .invalid} never resolves.
     */
    static final String ISSUER = "https://factdesk.invalid/local-tokens";

    private final SecretKey key;
    private final JwtEncoder encoder;
    private final DeskSecurityProperties properties;

    LocalTokens(DeskSecurityProperties properties) {
        byte[] secret = properties.localSigningKey().getBytes(StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalStateException("factdesk.security.local-signing-key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(this.key));
        this.properties = properties;
    }

    /** A signed token naming the member and their roles, valid for the configured lifetime. */
    public IssuedToken issue(String username, String displayName, Collection<Role> roles) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(this.properties.tokenLifetime());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(username)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim("name", displayName)
                .claim(this.properties.rolesClaim(), roles.stream().map(Role::name).toList())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(token, username, roles.stream().map(Role::name).toList(), expiresAt);
    }

    ReactiveJwtDecoder decoder() {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(this.key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }

    /** A token as handed out, with what it says in plain sight. */
    public record IssuedToken(String token, String username, List<String> roles, Instant expiresAt) {
    }
}
