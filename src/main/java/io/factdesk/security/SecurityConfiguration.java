package io.factdesk.security;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.graphql.server.webflux.AuthenticationWebSocketInterceptor;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Desk members authenticate with a bearer JWT. HTTP lets every request through to GraphQL, which decides per
 * operation ({@link Permissions}), so that a refusal is a GraphQL error rather than a bare HTTP status; the public
 * ClaimReview feed needs no token at all. A token that is present but invalid is refused with HTTP 401.
 */
@Configuration(proxyBeanMethods = false)
@EnableReactiveMethodSecurity
class SecurityConfiguration {

    /** Tokens remembered as checked: far more than the desk's members have sessions at once. */
    private static final int CHECKED_TOKENS = 10_000;

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, DeskSecurityProperties properties,
            ObjectProvider<ReactiveJwtDecoder> decoders) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                // Stateless: a request carries its token, nothing is kept in a web session. Looking one up is not
                // only useless: the in-memory session store creates sessions on another thread, and a WebSocket
                // handshake completed there can lose the client's first frame (reactor-netty#1089): about 1
                // connection in 15 never got its connection_ack and was closed with 4408 a minute later.
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtDecoder(decoder(decoders))
                        .jwtAuthenticationConverter(authenticationConverter(properties))))
                .build();
    }

    /**
     * Over WebSocket the token comes in {@code connection_init} ({@code {"Authorization": "Bearer ..."}}), checked
     * like the HTTP header; a refused token closes the connection with the protocol's 4401.
     */
    @Bean
    // First in the chain of interceptors, so that the others see who is asking.
    @Order(Ordered.HIGHEST_PRECEDENCE)
    AuthenticationWebSocketInterceptor webSocketAuthentication(DeskSecurityProperties properties,
            ObjectProvider<ReactiveJwtDecoder> decoders) {
        JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(decoder(decoders));
        manager.setJwtAuthenticationConverter(authenticationConverter(properties));
        return new AuthenticationWebSocketInterceptor(new BearerTokenAuthenticationExtractor(), manager);
    }

    private static ReactiveJwtDecoder decoder(ObjectProvider<ReactiveJwtDecoder> decoders) {
        ReactiveJwtDecoder decoder = decoders.getIfAvailable(() -> {
            throw new IllegalStateException("No way to check sign-in tokens: set "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri) for your identity "
                    + "provider, or factdesk.security.local-signing-key for locally signed tokens");
        });
        return new CheckedTokens(decoder, Clock.systemUTC(), CHECKED_TOKENS);
    }

    private static ReactiveJwtAuthenticationConverterAdapter authenticationConverter(
            DeskSecurityProperties properties) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(properties.rolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
