package io.factdesk.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** A Relay connection: one page of a list, each item with the cursor that resumes after it. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

    /**
     * An item of the page. Its cursor is encoded only when a query asks for it: a desk screen pages with
     * {@code pageInfo.endCursor}, and encoding the cursor of every one of 50 edges was 1 % of the CPU of the
     * editorial page.
     */
    public static final class Edge<T> {

        private final T node;

        private final Supplier<String> cursor;

        private Edge(T node, Supplier<String> cursor) {
            this.node = node;
            this.cursor = cursor;
        }

        public T node() {
            return this.node;
        }

        public String cursor() {
            return this.cursor.get();
        }
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    /**
     * Builds the page from rows fetched with {@link PageRequest#limitWithLookahead()}: the extra row, if any,
     * only says that another page follows.
     */
    public static <T> Connection<T> of(List<T> rows, PageRequest page, Function<T, Cursor> cursorOf) {
        boolean hasNextPage = rows.size() > page.first();
        List<Edge<T>> edges = rows.stream()
                .limit(page.first())
                .map(row -> new Edge<>(row, () -> cursorOf.apply(row).encode()))
                .toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(edges, new PageInfo(hasNextPage, endCursor));
    }

    /** The same page with each node turned into another, under the same cursor. */
    public <U> Connection<U> map(Function<T, U> mapper) {
        return new Connection<>(this.edges.stream().map(edge -> new Edge<>(mapper.apply(edge.node), edge.cursor))
                .toList(), this.pageInfo);
    }
}
