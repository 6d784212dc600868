package io.factdesk.graphql;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parses and validates an operation sent as text once, not at every request: a front-end sends the same few
 * operations over and over with other variables, and parsing plus validation cost a fifth of the CPU of the
 * editorial page (bench/README.md). Operations sent by hash go to the persisted-query support, which keeps its
 * own cache; texts with errors are not kept, so the cache holds only operations that ran.
 */
final class CachedDocuments implements PreparsedDocumentProvider {

    /** Longer texts are parsed every time: no front-end operation is this long, and memory stays bounded. */
    static final int MAX_CACHED_LENGTH = 5_000;

    private final PreparsedDocumentProvider persisted;
    private final Map<String, PreparsedDocumentEntry> parsed;

    CachedDocuments(PreparsedDocumentProvider persisted, int cacheSize) {
        this.persisted = persisted;
        this.parsed = new LruMap<>(cacheSize);
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String text = input.getQuery();
        boolean byHash = input.getExtensions() != null && input.getExtensions().containsKey("persistedQuery");
        if (byHash || text == null || text.length() > MAX_CACHED_LENGTH) {
            return this.persisted.getDocumentAsync(input, parseAndValidate);
        }
        PreparsedDocumentEntry known = cached(text);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            synchronized (this.parsed) {
                this.parsed.put(text, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    private PreparsedDocumentEntry cached(String text) {
        synchronized (this.parsed) {
            return this.parsed.get(text);
        }
    }
}
