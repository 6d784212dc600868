package io.factdesk.graphql;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.factdesk.db.LateralJoin;
import io.factdesk.db.LateralJoins;
import io.factdesk.db.LateralJoins.Joined;

import org.springframework.stereotype.Component;

/**
 * Reads the {@link BatchLoadedField}s a query selects below a page in the page's own statement, through their
 * lateral joins, so that graphql-java finds them in place instead of queueing one DataLoader load per field and
 * parent and a statement per field after the page. Both cost more than the page itself on the editorial page
 * (bench/README.md). A selected field without a join is left to its DataLoader.
 */
@Component
public class Prefetch {

    private final Map<String, BatchLoadedField<?, ?>> joinedFieldsByName;

    Prefetch(List<BatchLoadedField<?, ?>> fields) {
        this.joinedFieldsByName = fields.stream().filter(field -> field.join() != null).collect(
                Collectors.toUnmodifiableMap(BatchLoadedField::dataLoaderName, Function.identity()));
    }

    /** The fields with a lateral join that the query selects on the nodes of the page being fetched. */
    public NodeFields selectedOnNodes(DataFetchingEnvironment connection) {
        return new NodeFields(NodeSelection.of(connection).stream()
                .map(this.joinedFieldsByName::get)
                .filter(Objects::nonNull)
                .toList());
    }

    /** The selected fields of a page's nodes: the joins its statement adds, then their values handed down. */
    public static final class NodeFields {

        private final List<BatchLoadedField<?, ?>> fields;

        private final LateralJoins joins;

        private NodeFields(List<BatchLoadedField<?, ?>> fields) {
            this.fields = fields;
            this.joins = new LateralJoins(fields.stream().<LateralJoin<?>>map(BatchLoadedField::join).toList());
        }

        /** What the page's statement adds to each of its rows. */
        public LateralJoins joins() {
            return this.joins;
        }

        /** The page read with {@link #joins()}, with the joined values set where the fields below will look. */
        public <T> DataFetcherResult<Connection<T>> complete(Connection<Joined<T>> rows) {
            Map<String, IdentityHashMap<Object, Object>> values = new HashMap<>();
            for (int i = 0; i < this.fields.size(); i++) {
                IdentityHashMap<Object, Object> byNode = new IdentityHashMap<>(rows.edges().size() * 2);
                for (Connection.Edge<Joined<T>> edge : rows.edges()) {
                    byNode.put(edge.node().row(), edge.node().values().get(i));
                }
                values.put(this.fields.get(i).dataLoaderName(), byNode);
            }
            return DataFetcherResult.<Connection<T>>newResult()
                    .data(rows.map(Joined::row))
                    .localContext(new Prefetched(values))
                    .build();
        }
    }
}
