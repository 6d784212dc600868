package io.factdesk.graphql;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    /** The fields the query selects on the nodes of the page being fetched, and the lateral joins they need. */
    public NodeFields selectedOnNodes(DataFetchingEnvironment connection) {
        Map<String, Set<String>> selected = NodeSelection.of(connection);
        List<BatchLoadedField<?, ?>> joined = selected.keySet().stream()
                .map(this.joinedFieldsByName::get)
                .filter(Objects::nonNull)
                .toList();
        return new NodeFields(selected, joined);
    }

    /**
     * The selected fields of a page's nodes: which of them its statement reads, the joins it adds, then the joined
     * values handed down.
     */
    public static final class NodeFields {

        private final Map<String, Set<String>> selected;

        private final List<BatchLoadedField<?, ?>> fields;

        private final LateralJoins joins;

        private NodeFields(Map<String, Set<String>> selected, List<BatchLoadedField<?, ?>> fields) {
            this.selected = selected;
            this.fields = fields;
            Map<String, Set<String>> selectedBelow = new HashMap<>();
            for (BatchLoadedField<?, ?> field : fields) {
                selectedBelow.put(field.join().alias(), selected.get(field.dataLoaderName()));
            }
            this.joins = new LateralJoins(fields.stream().<LateralJoin<?>>map(BatchLoadedField::join).toList(),
                    selectedBelow);
        }

        /** The names of the fields of {@code typeName} selected on the nodes, for the page's own columns. */
        public Set<String> fieldsOf(String typeName) {
            String prefix = typeName + ".";
            Set<String> fields = new LinkedHashSet<>();
            for (String name : this.selected.keySet()) {
                if (name.startsWith(prefix)) {
                    fields.add(name.substring(prefix.length()));
                }
            }
            return fields;
        }

        /** What the page's statement adds to each of its rows, reading what the fields below each join show. */
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
