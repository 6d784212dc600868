package io.factdesk.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Helps batch mappings pair each parent object with the value loaded for it by id. */
public final class Batches {

    private Batches() {
    }

    /** The distinct non-null ids the parents point to: what one statement must load. */
    public static <P> List<Long> ids(Collection<P> parents, Function<P, Long> idOf) {
        return parents.stream().map(idOf).filter(Objects::nonNull).distinct().toList();
    }

    /** Pairs each parent with its value; parents without one are left out, so their field resolves to null. */
    public static <P, V> Map<P, V> pair(Collection<P> parents, Function<P, Long> idOf, Map<Long, V> valuesById) {
        Map<P, V> paired = new LinkedHashMap<>();
        for (P parent : parents) {
            V value = valuesById.get(idOf.apply(parent));
            if (value != null) {
                paired.put(parent, value);
            }
        }
        return paired;
    }

    /** Pairs each parent with its value, or with {@code absent} (an empty list, a zero) when it has none. */
    public static <P, V> Map<P, V> pair(Collection<P> parents, Function<P, Long> idOf, Map<Long, V> valuesById,
            V absent) {
        Map<P, V> paired = new LinkedHashMap<>();
        for (P parent : parents) {
            paired.put(parent, valuesById.getOrDefault(idOf.apply(parent), absent));
        }
        return paired;
    }

    /** Each parent's value, in the parents' order; null for a parent without one. */
    public static <P, V> List<V> alignedTo(List<P> parents, Function<P, Long> idOf, Map<Long, V> valuesById) {
        List<V> aligned = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Long id = idOf.apply(parent);
            aligned.add(id == null ? null : valuesById.get(id));
        }
        return aligned;
    }

    /** Each parent's value, in the parents' order, or {@code absent} (an empty list, a zero) when it has none. */
    public static <P, V> List<V> alignedTo(List<P> parents, Function<P, Long> idOf, Map<Long, V> valuesById,
            V absent) {
        List<V> aligned = new ArrayList<>(parents.size());
        for (P parent : parents) {
            aligned.add(valuesById.getOrDefault(idOf.apply(parent), absent));
        }
        return aligned;
    }

    /** Keys that can be served by one statement together: those with the same {@code shape}. */
    public static <K> Collection<List<K>> groupedBy(Collection<K> keys, Function<K, ?> shape) {
        Map<Object, List<K>> groups = new LinkedHashMap<>();
        for (K key : keys) {
            groups.computeIfAbsent(shape.apply(key), group -> new ArrayList<>()).add(key);
        }
        return groups.values();
    }

    /**
     * Splits rows fetched together for many parents (at most {@code page.limitWithLookahead()} each) into one page
     * per key; a key whose parent has no rows gets an empty page.
     */
    public static <K, T> Map<K, Connection<T>> pagesPerKey(List<K> keys, Function<K, Long> parentOfKey,
            List<T> rows, Function<T, Long> parentOfRow, PageRequest page, Function<T, Cursor> cursorOf) {
        Map<Long, List<T>> byParent = new LinkedHashMap<>();
        for (T row : rows) {
            byParent.computeIfAbsent(parentOfRow.apply(row), parent -> new ArrayList<>()).add(row);
        }
        Map<K, Connection<T>> pages = new LinkedHashMap<>();
        for (K key : keys) {
            pages.put(key, Connection.of(byParent.getOrDefault(parentOfKey.apply(key), List.of()), page, cursorOf));
        }
        return pages;
    }
}
