package io.factdesk.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.factdesk.db.LateralJoin;
import io.factdesk.graphql.Connection;
import io.factdesk.graphql.Cursor;
import io.factdesk.graphql.PageRequest;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/** Reads and stores articles; the way other features reach them. */
@Service
public class ArticleService {

    private static final String CURSOR_KIND = "article";

    private final ArticleRepository articles;

    ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    public Mono<Article> findById(long id) {
        return this.articles.findByIds(List.of(id)).next();
    }

    /** The article whose id is the {@code pageColumn} of each row of a page, read by the page's statement. */
    public LateralJoin<Article> joinOnId(String alias, String pageColumn) {
        return ArticleRepository.joinOnId(alias, pageColumn);
    }

    public Mono<Map<Long, Article>> findByIds(Collection<Long> ids) {
        return this.articles.findByIds(ids).collectMap(Article::id, Function.identity());
    }

    /** The body of an article; empty when there is no such article. */
    public Mono<String> findBody(long id) {
        return this.articles.findBodies(List.of(id)).mapNotNull(bodies -> bodies.get(id));
    }

    public Mono<Map<Long, String>> findBodies(Collection<Long> ids) {
        return this.articles.findBodies(ids);
    }

    public Mono<Article> findByUrl(String url) {
        return this.articles.findByUrl(url);
    }

    public Mono<Connection<Article>> page(ArticleFilter filter, PageRequest page) {
        Cursor after = page.afterCursor(CURSOR_KIND, 2);
        Instant afterPublishedAt = (after == null) ? null : after.instantKey(0);
        Long afterId = (after == null) ? null : after.longKey(1);
        return this.articles.findPage(filter == null ? ArticleFilter.NONE : filter, afterPublishedAt, afterId,
                        page.limitWithLookahead())
                .collectList()
                .map(rows -> Connection.of(rows, page, a -> Cursor.of(CURSOR_KIND, a.publishedAt(), a.id())));
    }

    public Mono<Article> create(NewArticle article) {
        return this.articles.insert(article);
    }
}
