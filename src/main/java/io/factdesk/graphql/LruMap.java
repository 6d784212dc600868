package io.factdesk.graphql;

import java.io.Serial;
import java.util.LinkedHashMap;
import java.util.Map;

/** A map that forgets its least recently used entry beyond a size: the bound of factdesk's in-memory caches. */
public final class LruMap<K, V> extends LinkedHashMap<K, V> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int capacity;

    /** Not thread-safe, as {@link LinkedHashMap}: callers that share one synchronize on it. */
    public LruMap(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > this.capacity;
    }
}
