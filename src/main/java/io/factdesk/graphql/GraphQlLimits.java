package io.factdesk.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factdesk.graphql.limits.*}: how much one request may ask of the server. A request over a limit is
 * refused before it runs, with an error that names the limit.
 *
 * @param maxDepth deepest nesting of fields
 * @param maxComplexity total cost: each field costs 1, and what a connection selects counts {@code first} times
 * @param maxAliases aliased fields in one document (aliases multiply work without deepening it)
 * @param maxTokens tokens the parser reads before it gives up on a document
 * @param maxCharacters characters the parser reads before it gives up on a document
 */
@ConfigurationProperties("factdesk.graphql.limits")
public record GraphQlLimits(@DefaultValue("12") int maxDepth, @DefaultValue("20000") int maxComplexity,
        @DefaultValue("30") int maxAliases, @DefaultValue("5000") int maxTokens,
        @DefaultValue("100000") int maxCharacters) {
}
