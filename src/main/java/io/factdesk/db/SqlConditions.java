package io.factdesk.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * The optional conditions of a filtered query, each with its named parameter, and the limit of its page. Only the
 * conditions whose value was given reach the SQL, so the planner sees a plain query rather than
 * {@code (:x IS NULL OR ...)} guards.
 */
public final class SqlConditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean plannedPerValue;

    /** Adds {@code clause} with its one parameter, unless the value is null. */
    public SqlConditions add(String clause, String parameter, Object value) {
        if (value != null) {
            this.clauses.add(clause);
            this.parameters.put(parameter, value);
        }
        return this;
    }

    /**
     * Adds {@code clause} with its one parameter, unless the value is null, for a condition whose best plan depends
     * on its value: a full-text search or a pattern, whose rows may be a handful or half the table. Its statement
     * is planned anew for every value ({@link #limit}).
     */
    public SqlConditions addPlannedPerValue(String clause, String parameter, Object value) {
        if (value != null) {
            this.plannedPerValue = true;
        }
        return add(clause, parameter, value);
    }

    /**
     * Adds {@code column IN (...)} with the names of {@code values} written into the text, in their declared order,
     * unless there are none. Values of a small closed set are worth a statement for each combination, unlike ids
     * and words: PostgreSQL then plans for how common they are (a queue of claims in review may be a handful among
     * 200,000 claims), where a plan reused for a bound array would be the one made for the common states.
     */
    public <E extends Enum<E>> SqlConditions addAnyOf(String column, Collection<E> values) {
        if (values != null && !values.isEmpty()) {
            String names = EnumSet.copyOf(values).stream().map(value -> "'" + value.name() + "'")
                    .collect(Collectors.joining(", "));
            this.clauses.add(column + " IN (" + names + ")");
        }
        return this;
    }

    /** Adds a clause with several parameters (a keyset position), unless {@code present} is false. */
    public SqlConditions add(boolean present, String clause, Map<String, Object> values) {
        if (present) {
            this.clauses.add(clause);
            this.parameters.putAll(values);
        }
        return this;
    }

    public String where() {
        return this.clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", this.clauses);
    }

    public String and() {
        return this.clauses.isEmpty() ? "" : "AND " + String.join(" AND ", this.clauses);
    }

    /**
     * The {@code LIMIT} of a page of {@code rows}, written into the statement's text. r2dbc-postgresql prepares a
     * statement once per connection, and PostgreSQL may then reuse one plan for it; but with the limit a parameter,
     * the reusable plan assumes a tenth of the table, costs a hundred times the plan for the actual values and is
     * never chosen, so every execution of a page was planned again: 0.2 ms of PostgreSQL's CPU for each editorial
     * page (bench/README.md). With the number in the text PostgreSQL keeps one plan after five executions. Each page
     * size is a statement of its own; sizes are capped ({@code PageRequest.MAX_FIRST}), and so is the driver's cache
     * of prepared statements. A statement with a condition {@linkplain #addPlannedPerValue planned per value} keeps
     * the limit a parameter, which keeps PostgreSQL planning it for each search.
     */
    public String limit(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("a page cannot hold " + rows + " rows");
        }
        if (this.plannedPerValue) {
            this.parameters.put("limit", rows);
            return "LIMIT :limit";
        }
        return "LIMIT " + rows;
    }

    /** {@code spec} with the parameters of the conditions given, and of the limit if it is one. */
    public GenericExecuteSpec bind(GenericExecuteSpec spec) {
        GenericExecuteSpec bound = spec;
        for (Map.Entry<String, Object> parameter : this.parameters.entrySet()) {
            bound = bound.bind(parameter.getKey(), parameter.getValue());
        }
        return bound;
    }
}
