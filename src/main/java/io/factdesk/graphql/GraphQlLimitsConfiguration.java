package io.factdesk.graphql;

import java.util.Set;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.parser.ParserOptions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Applies {@link GraphQlLimits}: graphql-java's own limits, configured, and the alias limit it lacks. */
@Configuration(proxyBeanMethods = false)
class GraphQlLimitsConfiguration {

    GraphQlLimitsConfiguration(GraphQlLimits limits) {
        // The parser's limits are global in graphql-java; operations are what clients send.
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(limits.maxTokens()).maxCharacters(limits.maxCharacters())));
    }

    @Bean
    Instrumentation maxQueryDepth(GraphQlLimits limits, PersistedQueryProperties operations) {
        return new RememberedOperationCheck(new MaxQueryDepthInstrumentation(limits.maxDepth()), Set.of(),
                operations.cacheSize());
    }

    @Bean
    Instrumentation maxQueryComplexity(GraphQlLimits limits, PersistedQueryProperties operations) {
        return new RememberedOperationCheck(
                new MaxQueryComplexityInstrumentation(limits.maxComplexity(), new ConnectionCostCalculator()),
                ConnectionCostCalculator.ARGUMENTS_READ, operations.cacheSize());
    }

    @Bean
    Instrumentation maxAliases(GraphQlLimits limits) {
        return new MaxAliasesInstrumentation(limits.maxAliases());
    }
}
