package io.factdesk.article;

import java.time.Instant;

/** Narrows {@code Query.articles}; null fields do not narrow. */
public record ArticleFilter(String search, String outlet, Instant publishedAfter, Instant publishedBefore) {

    static final ArticleFilter NONE = new ArticleFilter(null, null, null, null);
}
