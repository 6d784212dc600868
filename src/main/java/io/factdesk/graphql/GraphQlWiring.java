package io.factdesk.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Registers the scalars the SDL declares. */
@Configuration(proxyBeanMethods = false)
class GraphQlWiring {

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(DateTimeScalar.INSTANCE).scalar(JsonScalar.INSTANCE);
    }
}
