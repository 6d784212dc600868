package io.factdesk.graphql;

import java.util.List;
import java.util.function.Function;

/** A Relay connection: one page of a list, each item with the cursor that resumes after it. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

    public record Edge<T>(String cursor, T node) {
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
                .map(row -> new Edge<>(cursorOf.apply(row).encode(), row))
                .toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(edges, new PageInfo(hasNextPage, endCursor));
    }

    /** The same page with each node turned into another, under the same cursor. */
    public <U> Connection<U> map(Function<T, U> mapper) {
        return new Connection<>(this.edges.stream().map(edge -> new Edge<>(edge.cursor(), mapper.apply(edge.node())))
                .toList(), this.pageInfo);
    }
}
