package io.factdesk.graphql;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Loads the {@link BatchLoadedField}s a query selects below a page, together with the page, so that graphql-java
 * finds them in place instead of queueing one DataLoader load per field and parent. The statements are the same as
 * with DataLoaders (one per field for the whole page, sent at once); what goes away is the per-field work of
 * batching, which cost more than the statements on the editorial page (bench/README.md).
 */
@Component
public class Prefetch {

    private final Map<String, BatchLoadedField<?, ?>> fieldsByName;

    Prefetch(List<BatchLoadedField<?, ?>> fields) {
        this.fieldsByName = fields.stream().collect(
                Collectors.toUnmodifiableMap(BatchLoadedField::dataLoaderName, Function.identity()));
    }

    /** The page, with the batch-loaded fields selected on its nodes loaded for all of them. */
    public <T> Mono<DataFetcherResult<Connection<T>>> withNodeFields(Connection<T> page,
            DataFetchingEnvironment connection) {
        List<T> nodes = page.edges().stream().map(Connection.Edge::node).toList();
        return valuesOf(nodes, NodeSelection.of(connection)).map(prefetched -> DataFetcherResult
                .<Connection<T>>newResult().data(page).localContext(prefetched).build());
    }

    private Mono<Prefetched> valuesOf(List<?> parents, Set<String> children) {
        List<BatchLoadedField<?, ?>> selected = children.stream()
                .map(this.fieldsByName::get)
                .filter(Objects::nonNull)
                .toList();
        if (parents.isEmpty() || selected.isEmpty()) {
            return Mono.just(new Prefetched(Map.of()));
        }
        return Flux.fromIterable(selected)
                .flatMap(field -> load(field, parents).map(values -> Map.entry(field.dataLoaderName(), values)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(Prefetched::new);
    }

    @SuppressWarnings("unchecked") // the schema guarantees that the nodes of a page are the parents of its fields
    private static <P, V> Mono<IdentityHashMap<Object, Object>> load(BatchLoadedField<P, V> field, List<?> parents) {
        return field.loadFor((List<P>) parents).map(values -> {
            IdentityHashMap<Object, Object> byParent = new IdentityHashMap<>(parents.size() * 2);
            for (int i = 0; i < parents.size(); i++) {
                byParent.put(parents.get(i), values.get(i));
            }
            return byParent;
        });
    }
}
