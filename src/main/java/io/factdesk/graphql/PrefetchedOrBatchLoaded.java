package io.factdesk.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * The data fetcher of a {@link BatchLoadedField}: the prefetched value if the list above loaded it for this
 * parent, else a load through the field's DataLoader.
 * <p>
 * Marked trivial on purpose. Spring for GraphQL wraps every other data fetcher to restore the request's Reactor
 * and thread-local context around it, and on the editorial page (50 claims, three such fields each) that wrapping
 * was a tenth of the CPU (bench/README.md). Neither path here needs it: a prefetched value is a map lookup, and
 * a DataLoader load only queues the parent; the batch itself runs in Spring's batch loader, which restores the
 * context on its own. Self-describing, so that Spring's schema inspection still checks the fields of the types
 * these fields lead to.
 */
final class PrefetchedOrBatchLoaded implements TrivialDataFetcher<Object>, SelfDescribingDataFetcher<Object> {

    private static final Object NOT_LOADED = new Object();

    private final String name;

    private final Class<?> valueType;

    PrefetchedOrBatchLoaded(BatchLoadedField<?, ?> field) {
        this.name = field.dataLoaderName();
        this.valueType = field.valueType();
    }

    @Override
    public String getDescription() {
        return "prefetched or batch-loaded " + this.name;
    }

    @Override
    public ResolvableType getReturnType() {
        return ResolvableType.forClass(this.valueType);
    }

    @Override
    public boolean usesDataLoader() {
        return true;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) {
        Object parent = environment.getSource();
        if (environment.getLocalContext() instanceof Prefetched prefetched) {
            Object value = prefetched.valueOf(this.name, parent, NOT_LOADED);
            if (value != NOT_LOADED) {
                return value;
            }
        }
        return environment.getDataLoader(this.name).load(parent);
    }
}
