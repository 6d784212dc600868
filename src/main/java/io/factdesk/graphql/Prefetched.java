package io.factdesk.graphql;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The values of child fields loaded together with a list of parents, set as graphql-java's local context of the
 * list field so that every field below it can find them. Keyed by the parent objects themselves: a parent that
 * did not come from that list (a claim of a claimant of a claim on the page) is not found and is loaded as usual.
 */
final class Prefetched {

    private final Map<String, IdentityHashMap<Object, Object>> valuesByField;

    Prefetched(Map<String, IdentityHashMap<Object, Object>> valuesByField) {
        this.valuesByField = valuesByField;
    }

    /** The value of {@code field} loaded for this very parent object (maybe null), or {@code notLoaded}. */
    Object valueOf(String field, Object parent, Object notLoaded) {
        IdentityHashMap<Object, Object> values = this.valuesByField.get(field);
        return (values != null) ? values.getOrDefault(parent, notLoaded) : notLoaded;
    }
}
