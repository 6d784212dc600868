package io.factdesk.graphql;

import java.util.Set;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost of a field for the complexity limit: 1, plus what it selects; a connection's selection counts once per
 * item it may return ({@code first}, or the default page size when not given).
 */
class ConnectionCostCalculator implements FieldComplexityCalculator {

    /** The arguments whose values change a cost: a check of the cost depends on their variables. */
    static final Set<String> ARGUMENTS_READ = Set.of("first");

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        if (!GraphQLTypeUtil.unwrapAll(environment.getFieldDefinition().getType()).getName().endsWith("Connection")) {
            return 1 + childComplexity;
        }
        Object first = environment.getArguments().get("first");
        int pageSize = (first instanceof Integer size) ? Math.max(size, 1) : PageRequest.DEFAULT_FIRST;
        return 1 + pageSize * childComplexity;
    }
}
