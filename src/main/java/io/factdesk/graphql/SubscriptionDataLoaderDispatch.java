package io.factdesk.graphql;

import java.util.function.Supplier;

import graphql.execution.DataLoaderDispatchStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoaderRegistry;

import org.springframework.stereotype.Component;

/**
 * Keeps subscriptions from holding memory for every event they sent. In graphql-java 25 the per-level DataLoader
 * dispatching records a call stack for each subscription event and frees them only when the subscription ends
 * (graphql-java#4314, fixed upstream after 26.0): about a kilobyte per alert per subscriber, which took a server to
 * an OutOfMemoryError in the alert benchmark. Subscriptions instead dispatch their DataLoaders as soon as a field
 * has queued a load, and keep nothing per event. An alert carries one claim, so batching per level gained nothing
 * there: every nested field still takes one statement. Remove this once graphql-java ships the fix.
 * <p>
 * A {@link SimplePerformantInstrumentation}, so that its per-field steps are no-ops graphql-java can skip: with
 * {@code Instrumentation}'s defaults every field of every query paid for a context object of each step here.
 */
@Component
class SubscriptionDataLoaderDispatch extends SimplePerformantInstrumentation {

    @Override
    public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
            InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        // Called once per operation, after graphql-java chose its strategy and before the subscription starts.
        if (execution.isSubscriptionOperation()
                && execution.getDataLoaderDispatcherStrategy() != DataLoaderDispatchStrategy.NO_OP) {
            execution.setDataLoaderDispatcherStrategy(new DispatchWhenFetched(execution.getDataLoaderRegistry()));
        }
        return null;
    }

    /** Dispatches right after a data fetcher has queued loads; holds no state of its own. */
    private record DispatchWhenFetched(DataLoaderRegistry registry) implements DataLoaderDispatchStrategy {

        @Override
        public void fieldFetched(ExecutionContext executionContext, ExecutionStrategyParameters parameters,
                DataFetcher<?> dataFetcher, Object fetchedValue, Supplier<DataFetchingEnvironment> environment) {
            if (this.registry.dispatchDepth() > 0) {
                this.registry.dispatchAll();
            }
        }
    }
}
