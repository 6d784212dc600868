package io.factdesk.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;

/**
 * The operations known by their sha256 hash: those of the manifest, and in {@code AUTOMATIC} mode those clients
 * registered. Parsed documents are kept in a bounded LRU cache, so that registering operations cannot grow memory
 * without bound.
 */
class PersistedQueryStore implements PersistedQueryCache {

    private final Map<String, String> manifest;
    private final boolean registersNew;
    private final Map<Object, PreparsedDocumentEntry> parsed;

    PersistedQueryStore(Map<String, String> manifest, boolean registersNew, int cacheSize) {
        this.manifest = Map.copyOf(manifest);
        this.registersNew = registersNew;
        this.parsed = new LruMap<>(cacheSize);
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object hash,
            ExecutionInput input, PersistedQueryCacheMiss onMiss) throws PersistedQueryNotFound {
        PreparsedDocumentEntry known = cached(hash);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        String text = textFor(hash, input.getQuery());
        PreparsedDocumentEntry entry = onMiss.apply(text);
        synchronized (this.parsed) {
            this.parsed.put(hash, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** Whether an operation sent as plain text is one the manifest lists. */
    boolean isInManifest(String query) {
        return this.manifest.containsKey(sha256(query));
    }

    private PreparsedDocumentEntry cached(Object hash) {
        synchronized (this.parsed) {
            return this.parsed.get(hash);
        }
    }

    /** The text to parse for {@code hash}: the manifest's, or the client's when it may register operations. */
    private String textFor(Object hash, String sent) {
        String listed = this.manifest.get(String.valueOf(hash));
        if (listed != null) {
            return listed;
        }
        boolean onlyTheHashWasSent = sent == null || sent.isBlank()
                || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(sent);
        if (onlyTheHashWasSent || !this.registersNew) {
            throw new PersistedQueryNotFound(hash);
        }
        return sent;
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every JVM has SHA-256", ex);
        }
    }
}
