package io.factdesk.graphql;

import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** In production, only the operations of the manifest run: by hash, or by a text whose hash it lists. */
class ManifestOnlyTest {

    private static final String LISTED = "{ greeting }";

    private final PersistedQueryStore store = new PersistedQueryStore(
            Map.of(PersistedQueryStore.sha256(LISTED), LISTED), false, 10);

    private final GraphQL graphQl = GraphQL.newGraphQL(schema())
            .preparsedDocumentProvider(new ManifestOnlyDocuments(new ApolloPersistedQuerySupport(this.store), this.store))
            .build();

    private static GraphQLSchema schema() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("greeting", environment -> "hello"))
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { greeting: String }"),
                wiring);
    }

    private ExecutionResult run(String query, String hash) {
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput().query(query);
        if (hash != null) {
            input.extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        }
        return this.graphQl.execute(input);
    }

    @Test
    void aListedOperationRunsByItsHashAlone() {
        ExecutionResult result = run("", PersistedQueryStore.sha256(LISTED));

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).containsEntry("greeting", "hello");
    }

    @Test
    void anUnlistedOperationCannotRegisterItself() {
        String other = "{ greeting __typename }";

        ExecutionResult result = run(other, PersistedQueryStore.sha256(other));

        assertThat(result.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).isEqualTo("PersistedQueryNotFound"));
        assertThat(result.<Object>getData()).isNull();
    }

    @Test
    void aListedOperationSentAsTextRuns() {
        ExecutionResult result = run(LISTED, null);

        assertThat(result.<Map<String, Object>>getData()).containsEntry("greeting", "hello");
    }

    @Test
    void anUnlistedOperationSentAsTextIsRefused() {
        ExecutionResult result = run("{ greeting __typename }", null);

        assertThat(result.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("only persisted operations"));
        assertThat(result.<Object>getData()).isNull();
    }
}
