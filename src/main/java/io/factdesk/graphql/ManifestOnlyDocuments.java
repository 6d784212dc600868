package io.factdesk.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.graphql.execution.ErrorType;

/**
 * For {@code MANIFEST_ONLY}: lets through operations sent by a hash (the store then runs only listed ones) or as a
 * text the manifest lists, and refuses every other operation before it is parsed.
 */
record ManifestOnlyDocuments(PreparsedDocumentProvider persisted, PersistedQueryStore store)
        implements PreparsedDocumentProvider {

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        boolean byHash = input.getExtensions() != null && input.getExtensions().containsKey("persistedQuery");
        if (byHash || this.store.isInManifest(input.getQuery())) {
            return this.persisted.getDocumentAsync(input, parseAndValidate);
        }
        return CompletableFuture.completedFuture(new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.FORBIDDEN)
                .message("This server runs only persisted operations; send the operation's sha256Hash")
                .build()));
    }
}
