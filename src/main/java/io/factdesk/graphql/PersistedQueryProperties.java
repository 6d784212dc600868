package io.factdesk.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factdesk.graphql.persisted-queries.*}: Automatic Persisted Queries (the hash protocol Apollo Client
 * speaks) and, for production, accepting only the operations of a manifest.
 *
 * @param mode {@code AUTOMATIC}: clients register any operation by sending it once with its hash;
 * {@code MANIFEST_ONLY}: only operations listed in {@code manifest} run, by hash or by text
 * @param manifest a JSON object mapping sha256 hashes to operations, e.g. one a client build generates
 * @param cacheSize how many parsed operations are kept, by hash and (apart) by text, and how many passes of the
 *     depth and complexity limits are remembered; the least recently used go first
 */
@ConfigurationProperties("factdesk.graphql.persisted-queries")
public record PersistedQueryProperties(@DefaultValue("AUTOMATIC") Mode mode, String manifest,
        @DefaultValue("2000") int cacheSize) {

    public enum Mode {
        AUTOMATIC, MANIFEST_ONLY
    }
}
