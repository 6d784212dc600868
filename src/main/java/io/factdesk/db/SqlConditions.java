package io.factdesk.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * The optional conditions of a filtered query, each with its named parameter. Only the conditions whose value
 * was given reach the SQL, so the planner sees a plain query rather than {@code (:x IS NULL OR ...)} guards.
 */
public final class SqlConditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code clause} with its one parameter, unless the value is null. */
    public SqlConditions add(String clause, String parameter, Object value) {
        if (value != null) {
            this.clauses.add(clause);
            this.parameters.put(parameter, value);
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

    public GenericExecuteSpec bind(GenericExecuteSpec spec) {
        GenericExecuteSpec bound = spec;
        for (Map.Entry<String, Object> parameter : this.parameters.entrySet()) {
            bound = bound.bind(parameter.getKey(), parameter.getValue());
        }
        return bound;
    }
}
