package io.factdesk.graphql;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;

/**
 * Refuses documents with more aliased fields than allowed: aliases let one small request ask for the same
 * expensive field hundreds of times, which neither depth nor the per-field cost of a single selection catches.
 */
class MaxAliasesInstrumentation extends SimplePerformantInstrumentation {

    private final int maxAliases;

    MaxAliasesInstrumentation(int maxAliases) {
        this.maxAliases = maxAliases;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        int aliases = countAliases(parameters);
        if (aliases > this.maxAliases) {
            throw new AbortExecutionException("Too many aliases: " + aliases + " > " + this.maxAliases);
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static int countAliases(InstrumentationValidationParameters parameters) {
        AtomicInteger aliases = new AtomicInteger();
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitField(Field field, TraverserContext<Node> context) {
                if (field.getAlias() != null) {
                    aliases.incrementAndGet();
                }
                return TraversalControl.CONTINUE;
            }
        }, parameters.getDocument());
        return aliases.get();
    }
}
