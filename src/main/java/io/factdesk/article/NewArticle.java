package io.factdesk.article;

import java.time.Instant;

/** An article as it arrives at the desk, before it has an id. */
public record NewArticle(String headline, String byline, String outlet, String url, Instant publishedAt,
        String body) {
}
