package io.factdesk.db;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.r2dbc.spi.Readable;

/**
 * The {@link LateralJoin}s added to the statement of one page. The page's own query runs first as a subquery,
 * with its order and limit, so that each join runs once per row of the page and never for rows the limit drops.
 *
 * @param joins         the joins, each named by its alias
 * @param selectedBelow for a join's alias, the fields the query selects below the joined field, so that the join
 *                      reads only what they show ({@link Projection}); a join without an entry reads every column
 */
public record LateralJoins(List<LateralJoin<?>> joins, Map<String, Set<String>> selectedBelow) {

    public static final LateralJoins NONE = new LateralJoins(List.of());

    /** {@code joins} reading every column. */
    public LateralJoins(List<LateralJoin<?>> joins) {
        this(joins, Map.of());
    }

    public LateralJoins {
        joins = List.copyOf(joins);
        selectedBelow = Map.copyOf(selectedBelow);
        Set<String> aliases = new HashSet<>();
        for (LateralJoin<?> join : joins) {
            if (!aliases.add(join.alias())) {
                throw new IllegalArgumentException("two lateral joins named " + join.alias());
            }
        }
    }

    /**
     * {@code pageQuery} with the joins added to each of its rows, ordered again by {@code order} (in terms of
     * {@code page}, the alias of the page's rows), or {@code pageQuery} itself when there is nothing to join.
     */
    public String around(String pageQuery, String order) {
        if (this.joins.isEmpty()) {
            return pageQuery;
        }
        StringBuilder sql = new StringBuilder("SELECT page.*");
        for (LateralJoin<?> join : this.joins) {
            sql.append(", \"").append(join.alias()).append("\".*");
        }
        sql.append(" FROM (").append(pageQuery).append(") AS page");
        for (LateralJoin<?> join : this.joins) {
            sql.append(" LEFT JOIN LATERAL (")
                    .append(join.subqueryFor(this.selectedBelow.getOrDefault(join.alias(), Projection.EVERY_FIELD)))
                    .append(") AS \"").append(join.alias())
                    .append("\" ON true");
        }
        return sql.append(" ORDER BY ").append(order).toString();
    }

    /** The page's row read by {@code mapper}, with the value of each join in the order of the joins. */
    public <T> Joined<T> read(Readable row, Function<Readable, T> mapper) {
        List<Object> values = new ArrayList<>(this.joins.size());
        for (LateralJoin<?> join : this.joins) {
            values.add(join.read().apply(row));
        }
        return new Joined<>(mapper.apply(row), values);
    }

    /** A row of a page with the values of its joins, null where a join found nothing. */
    public record Joined<T>(T row, List<Object> values) {
    }
}
