package io.factdesk.graphql;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the instrumentations as {@link OperationInstrumentations} (the same instrumentations, in the same order,
 * that Spring Boot would chain), unless per-field observations are switched on: those need the per-field steps.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "management.observations.enable.graphql.datafetcher", havingValue = "false")
class OperationInstrumentationsConfiguration {

    @Bean
    GraphQlSourceBuilderCustomizer operationInstrumentations(ObjectProvider<Instrumentation> instrumentations) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl
                .instrumentation(new OperationInstrumentations(instrumentations.orderedStream().toList())));
    }
}
