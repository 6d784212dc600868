package io.factdesk.extraction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factdesk.extraction.*}.
 *
 * @param onIngest whether {@code ingestArticle} finds the claims of an article that comes without any
 * @param maxCharacters the longest text {@code extractClaims} and ingest will read
 */
@ConfigurationProperties("factdesk.extraction")
public record ExtractionProperties(@DefaultValue("true") boolean onIngest,
        @DefaultValue("100000") int maxCharacters) {
}
