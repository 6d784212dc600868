package io.factdesk.db;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;

/**
 * A value read for each row of a page in the page's own statement, by a lateral subquery, instead of by a
 * statement of its own after the page: how a page of claims gets the article, the speaker and the evidence count
 * of each claim in one round trip ({@link LateralJoins}).
 * <p>
 * The subquery sees the page's row as {@code page} and names every column it selects {@code "<alias>.<column>"},
 * so that its columns clash neither with the page's nor with another join's; {@code rowOf} hands them to a
 * repository's row mapper by their plain names, as it expects.
 *
 * @param alias    unique among the joins of one statement
 * @param subquery the subquery for the fields a query selects below the joined field ({@link Projection}); it
 *                 selects at most one row
 * @param read     the value from a row of the joined statement, by the subquery's (prefixed) columns, all null
 *                 when it found no row
 */
public record LateralJoin<V>(String alias, Function<Set<String>, String> subquery, Function<Readable, V> read) {

    /** The subquery that reads what the fields {@code selectedBelow} show ({@link Projection#EVERY_FIELD}: all). */
    public String subqueryFor(Set<String> selectedBelow) {
        return this.subquery.apply(selectedBelow);
    }

    /**
     * The row of {@code table} whose {@code key} equals the page's {@code pageColumn}, read by {@code mapper}; null
     * when there is none (a claim without a speaker). The columns no selected field shows come back as NULL.
     */
    public static <V> LateralJoin<V> rowOf(String alias, String table, Projection columns, String key,
            String pageColumn, Function<Readable, V> mapper) {
        if (!columns.alwaysReads(key)) {
            throw new IllegalArgumentException("the lateral join " + alias + " must always read its key " + key);
        }
        Map<String, String> prefixed = columns.names().stream()
                .collect(Collectors.toUnmodifiableMap(Function.identity(), name -> alias + "." + name));
        // LIMIT 1 also keeps PostgreSQL from pulling the subquery up into a join of its own choosing: without it,
        // it hashed all of person for every page of 50 claims and the statement cost more than the four it replaced.
        String from = " FROM " + table + " WHERE " + table + "." + key + " = page." + pageColumn + " LIMIT 1";
        Function<Set<String>, String> subquery = selectedBelow -> "SELECT "
                + columns.columns(selectedBelow, name -> "\"" + prefixed.get(name) + "\"") + from;
        String prefixedKey = prefixed.get(key);
        return new LateralJoin<>(alias, subquery, row -> row.get(prefixedKey) == null ? null
                : mapper.apply(new Prefixed(row, alias, prefixed)));
    }

    /**
     * One value computed from the page's row ({@code count(*)}, {@code FROM evidence WHERE evidence.claim_id =
     * page.id}), which the subquery always finds.
     */
    public static <V> LateralJoin<V> valueOf(String alias, String expression, String from, Class<V> type) {
        String column = alias + ".value";
        String subquery = "SELECT " + expression + " AS \"" + column + "\" " + from;
        return new LateralJoin<>(alias, selectedBelow -> subquery, row -> row.get(column, type));
    }

    /**
     * A row seen through the columns of one join, by their plain names. The prefixed names are made once per join:
     * built per read they were a new string, and a new hash in the driver's lookup, for every column of every row.
     */
    private record Prefixed(Readable row, String alias, Map<String, String> prefixed) implements Readable {

        @Override
        public <T> T get(String name, Class<T> type) {
            String column = this.prefixed.get(name);
            if (column == null) {
                throw new IllegalArgumentException(
                        "the lateral join " + this.alias + " selects no column named " + name);
            }
            return this.row.get(column, type);
        }

        @Override
        public <T> T get(int index, Class<T> type) {
            throw new UnsupportedOperationException(
                    "the columns of a lateral join are read by name, not by the index " + index);
        }
    }
}
