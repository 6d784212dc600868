package io.factdesk.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** Locally signed tokens, used when a signing key is set and no identity provider is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${factdesk.security.local-signing-key:}' != ''"
        + " and '${spring.security.oauth2.resourceserver.jwt.issuer-uri:}' == ''"
        + " and '${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}' == ''")
class LocalTokenConfiguration {

    @Bean
    LocalTokens localTokens(DeskSecurityProperties properties) {
        return new LocalTokens(properties);
    }

    @Bean
    ReactiveJwtDecoder localJwtDecoder(LocalTokens tokens) {
        return tokens.decoder();
    }
}
