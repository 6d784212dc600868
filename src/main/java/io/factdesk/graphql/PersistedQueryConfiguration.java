package io.factdesk.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Persisted queries as Apollo Client sends them ({@code extensions.persistedQuery.sha256Hash}), and operations
 * sent as text parsed once ({@link CachedDocuments}); in {@code MANIFEST_ONLY} mode, any operation outside the
 * manifest is refused before it is parsed.
 */
@Configuration(proxyBeanMethods = false)
class PersistedQueryConfiguration {

    @Bean
    PersistedQueryStore persistedQueryStore(PersistedQueryProperties properties, JsonMapper json) throws IOException {
        boolean automatic = properties.mode() == PersistedQueryProperties.Mode.AUTOMATIC;
        return new PersistedQueryStore(manifest(properties, json), automatic, properties.cacheSize());
    }

    @Bean
    GraphQlSourceBuilderCustomizer persistedQueries(PersistedQueryStore store, PersistedQueryProperties properties) {
        PreparsedDocumentProvider documents = new CachedDocuments(new ApolloPersistedQuerySupport(store),
                properties.cacheSize());
        PreparsedDocumentProvider provider = (properties.mode() == PersistedQueryProperties.Mode.MANIFEST_ONLY)
                ? new ManifestOnlyDocuments(documents, store) : documents;
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
    }

    private static Map<String, String> manifest(PersistedQueryProperties properties, JsonMapper json)
            throws IOException {
        if (properties.manifest() == null || properties.manifest().isBlank()) {
            if (properties.mode() == PersistedQueryProperties.Mode.MANIFEST_ONLY) {
                throw new IllegalStateException("factdesk.graphql.persisted-queries.mode=MANIFEST_ONLY needs "
                        + "factdesk.graphql.persisted-queries.manifest");
            }
            return Map.of();
        }
        try (InputStream in = new DefaultResourceLoader().getResource(properties.manifest()).getInputStream()) {
            return json.readValue(in, new TypeReference<Map<String, String>>() { });
        }
    }
}
