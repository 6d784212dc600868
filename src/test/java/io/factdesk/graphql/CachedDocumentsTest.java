package io.factdesk.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CachedDocumentsTest {

    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger delegated = new AtomicInteger();

    private final PreparsedDocumentProvider persisted = new PreparsedDocumentProvider() {
        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            CachedDocumentsTest.this.delegated.incrementAndGet();
            return CompletableFuture.completedFuture(parseAndValidate.apply(input));
        }
    };

    private final CachedDocuments documents = new CachedDocuments(this.persisted, 2);

    private PreparsedDocumentEntry parse(ExecutionInput input) {
        this.parsed.incrementAndGet();
        if (input.getQuery().contains("invalid")) {
            return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("invalid").build());
        }
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    }

    private PreparsedDocumentEntry run(String query) {
        return run(ExecutionInput.newExecutionInput(query).build());
    }

    private PreparsedDocumentEntry run(ExecutionInput input) {
        return this.documents.getDocumentAsync(input, this::parse).join();
    }

    @Test
    void theSameTextIsParsedOnceWhateverItsVariables() {
        String query = "query ($id: ID!) { claim(id: $id) { text } }";
        PreparsedDocumentEntry first = run(ExecutionInput.newExecutionInput(query).variables(Map.of("id", "1")).build());
        PreparsedDocumentEntry second = run(ExecutionInput.newExecutionInput(query).variables(Map.of("id", "2")).build());

        assertThat(this.parsed).hasValue(1);
        assertThat(second.getDocument()).isSameAs(first.getDocument());
    }

    @Test
    void aTextWithErrorsIsParsedAgainEveryTime() {
        run("{ invalid }");
        PreparsedDocumentEntry again = run("{ invalid }");

        assertThat(this.parsed).hasValue(2);
        assertThat(again.getErrors()).extracting("message").isEqualTo(List.of("invalid"));
    }

    @Test
    void theLeastRecentlyUsedTextGoesFirst() {
        run("{ a }");
        run("{ b }");
        run("{ a }");
        run("{ c }");
        run("{ a }");
        run("{ b }");

        assertThat(this.parsed).hasValue(4);
    }

    @Test
    void operationsByHashAndOverlongTextsAreLeftToThePersistedQuerySupport() {
        run(ExecutionInput.newExecutionInput("{ a }").extensions(Map.of("persistedQuery", Map.of())).build());
        String overlong = "{ a " + " ".repeat(CachedDocuments.MAX_CACHED_LENGTH) + "}";
        run(overlong);
        run(overlong);

        assertThat(this.delegated).hasValue(3);
        assertThat(this.parsed).hasValue(3);
    }
}
