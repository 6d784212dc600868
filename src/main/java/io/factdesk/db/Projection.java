package io.factdesk.db;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The columns of a table that one row mapper reads, and the GraphQL fields that show each of them. A statement
 * that serves a known selection reads only the columns its fields show and sends the others as {@code NULL} under
 * their own names, so that the same mapper reads both kinds of row. On the editorial page a row read 26 columns
 * to show 11; reading 15, factdesk and PostgreSQL each spend 5-7 % less CPU a page (bench/README.md).
 * <p>
 * Fail-safe by construction: a selection naming a field the projection does not declare reads every column, so a
 * field added to the schema later (or one computed from several columns) can make a page read more than it
 * needs, never show a null it should not. Introspection fields ({@code __typename}) need no column.
 * <p>
 * The objects read this way carry null in the fields their query did not select; they are for answering that
 * query only, which is why only pages served to GraphQL ask for a narrowed read.
 */
public final class Projection {

    /** A selection that stands for every field, and so reads every column. */
    public static final Set<String> EVERY_FIELD = Set.of("*");

    private final List<String> columns;

    private final Set<String> alwaysRead;

    private final Map<String, Set<String>> columnsByField;

    private Projection(List<String> columns, Set<String> alwaysRead, Map<String, Set<String>> columnsByField) {
        this.columns = columns;
        this.alwaysRead = alwaysRead;
        this.columnsByField = columnsByField;
    }

    /**
     * A projection whose every row reads {@code alwaysRead}: the keys, and the values its mapper cannot do without
     * (a primitive, an enum it parses).
     */
    public static Projection alwaysReading(String... alwaysRead) {
        Set<String> always = new LinkedHashSet<>(List.of(alwaysRead));
        return new Projection(List.copyOf(always), Set.copyOf(always), Map.of());
    }

    /**
     * This projection with the GraphQL field {@code field} declared, shown from {@code columns}; a field with no
     * columns of its own is served from the always-read ones (a reference through a key, a value loaded by id).
     */
    public Projection field(String field, String... columns) {
        if (this.columnsByField.containsKey(field)) {
            throw new IllegalArgumentException("the field " + field + " is declared twice");
        }
        List<String> allColumns = new ArrayList<>(this.columns);
        for (String column : columns) {
            if (!allColumns.contains(column)) {
                allColumns.add(column);
            }
        }
        Map<String, Set<String>> byField = new LinkedHashMap<>(this.columnsByField);
        byField.put(field, Set.of(columns));
        return new Projection(List.copyOf(allColumns), this.alwaysRead, Map.copyOf(byField));
    }

    /** This projection with {@code column}, which the mapper reads and no field shows: NULL in a narrowed read. */
    public Projection unshown(String column) {
        if (this.columns.contains(column)) {
            throw new IllegalArgumentException("the column " + column + " is declared already");
        }
        List<String> allColumns = new ArrayList<>(this.columns);
        allColumns.add(column);
        return new Projection(List.copyOf(allColumns), this.alwaysRead, this.columnsByField);
    }

    /** Every column, in the order they were declared: what any read that is not narrowed selects. */
    public List<String> names() {
        return this.columns;
    }

    /** {@link #names()} as a select list. */
    public String columns() {
        return String.join(", ", this.columns);
    }

    /** Whether every row reads {@code column}, whatever the selection. */
    public boolean alwaysReads(String column) {
        return this.alwaysRead.contains(column);
    }

    /**
     * The columns that the fields {@code selected} show, with the always-read ones, in the order declared; all of
     * them if a field is undeclared.
     */
    public Set<String> columnsFor(Set<String> selected) {
        Set<String> needed = new HashSet<>(this.alwaysRead);
        for (String field : selected) {
            Set<String> shownFrom = this.columnsByField.get(field);
            if (shownFrom == null && !field.startsWith("__")) {
                return new LinkedHashSet<>(this.columns);
            }
            if (shownFrom != null) {
                needed.addAll(shownFrom);
            }
        }
        return this.columns.stream().filter(needed::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * A select list for the fields {@code selected}: every column in order, the ones no selected field shows as
     * {@code NULL AS <column>}.
     */
    public String columns(Set<String> selected) {
        return columns(selected, UnaryOperator.identity());
    }

    /**
     * {@link #columns(Set)} with each column named {@code nameOf(column)} in the result ({@code "article.url"} in a
     * lateral join), the ones no selected field shows as {@code NULL} under that name.
     */
    public String columns(Set<String> selected, UnaryOperator<String> nameOf) {
        Set<String> needed = columnsFor(selected);
        return this.columns.stream()
                .map(column -> {
                    String name = nameOf.apply(column);
                    String value = needed.contains(column) ? column : "NULL";
                    return value.equals(name) ? name : value + " AS " + name;
                })
                .collect(Collectors.joining(", "));
    }
}
