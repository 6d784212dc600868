package io.factdesk.article;

import java.util.List;

import io.factdesk.claim.Claim;
import io.factdesk.graphql.UserError;

/** The outcome of {@code ingestArticle}. */
public record IngestArticlePayload(Article article, List<Claim> claims, boolean created,
        List<UserError> userErrors) {

    static IngestArticlePayload rejected(List<UserError> errors) {
        return new IngestArticlePayload(null, List.of(), false, errors);
    }
}
