package io.factdesk.article;

import java.time.Instant;

/** A published news article whose claims the desk checks. */
public record Article(long id, String headline, String byline, String outlet, String url, Instant publishedAt,
        String body, Instant createdAt) {
}
