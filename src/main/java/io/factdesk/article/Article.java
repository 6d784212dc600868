package io.factdesk.article;

import java.time.Instant;

/**
 * A published news article whose claims the desk checks. The body is not part of it: lists of claims show
 * articles by the dozen and a body runs to kilobytes, so {@code Article.body} is loaded on its own when a query
 * selects it ({@link ArticleBodies}).
 */
public record Article(long id, String headline, String byline, String outlet, String url, Instant publishedAt,
        Instant createdAt) {
}
