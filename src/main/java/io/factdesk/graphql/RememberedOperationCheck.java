package io.factdesk.graphql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;

/**
 * One of graphql-java's operation checks (the depth and complexity limits) run once per operation and values of
 * the variables it reads, instead of at every request: a front-end sends the same few operations over and over,
 * and each check walked the whole document every time (3 % of the editorial page's CPU, bench/README.md).
 * <p>
 * A check reads a variable where the variable steers a directive ({@code @skip}, {@code @include}) or is the
 * value of a field argument the check reads ({@code argumentsRead}: the complexity reads {@code first}); other
 * variables (a cursor, a search) do not change its answer. Only passes are remembered, so a refused operation is
 * checked, and refused, every time. The wrapped check must answer in {@code beginExecuteOperation} by throwing or
 * not, as graphql-java's do: a pass skips that step entirely.
 */
final class RememberedOperationCheck extends SimplePerformantInstrumentation {

    private final Instrumentation check;

    private final Set<String> argumentsRead;

    private final Map<OperationDefinition, List<String>> variablesRead;

    private final Map<Pass, Boolean> passes;

    RememberedOperationCheck(Instrumentation check, Set<String> argumentsRead, int operationsRemembered) {
        this.check = check;
        this.argumentsRead = argumentsRead;
        this.variablesRead = new LruMap<>(operationsRemembered);
        this.passes = new LruMap<>(operationsRemembered);
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return this.check.createStateAsync(parameters);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return this.check.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        OperationDefinition operation = execution.getOperationDefinition();
        Map<String, Object> variables = execution.getCoercedVariables().toMap();
        List<Object> values = new ArrayList<>();
        for (String name : variablesReadBy(operation, execution.getDocument())) {
            values.add(variables.get(name));
        }
        Pass pass = new Pass(operation, values);
        synchronized (this.passes) {
            if (this.passes.containsKey(pass)) {
                return SimpleInstrumentationContext.noOp();
            }
        }
        InstrumentationContext<ExecutionResult> answer = this.check.beginExecuteOperation(parameters, state);
        synchronized (this.passes) {
            this.passes.put(pass, Boolean.TRUE);
        }
        return answer;
    }

    private List<String> variablesReadBy(OperationDefinition operation, Document document) {
        synchronized (this.variablesRead) {
            List<String> known = this.variablesRead.get(operation);
            if (known != null) {
                return known;
            }
        }
        // The whole document, fragments included: a fragment the operation does not spread only adds names.
        Set<String> names = new LinkedHashSet<>();
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitArgument(Argument argument, TraverserContext<Node> context) {
                Node<?> owner = context.getParentNode();
                if (owner instanceof Directive
                        || (owner instanceof Field && RememberedOperationCheck.this.argumentsRead
                                .contains(argument.getName()))) {
                    collectVariables(argument.getValue(), names);
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        List<String> read = List.copyOf(names);
        synchronized (this.variablesRead) {
            this.variablesRead.put(operation, read);
        }
        return read;
    }

    private static void collectVariables(Value<?> value, Set<String> names) {
        if (value instanceof VariableReference variable) {
            names.add(variable.getName());
        }
        else if (value instanceof ArrayValue array) {
            array.getValues().forEach(element -> collectVariables(element, names));
        }
        else if (value instanceof ObjectValue object) {
            object.getObjectFields().stream().map(ObjectField::getValue)
                    .forEach(field -> collectVariables(field, names));
        }
    }

    /**
     * An operation and the values of the variables the check reads, in the order they were found. graphql-java's
     * syntax nodes do not override {@code equals}: an operation is equal to itself only, which is what is meant,
     * since the parsed-document caches hand out the same objects for the same text again and again.
     */
    private record Pass(OperationDefinition operation, List<Object> values) {
    }
}
