package io.factdesk.article;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import io.factdesk.db.LateralJoin;
import io.factdesk.db.Projection;
import io.factdesk.db.SqlConditions;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

@Repository
class ArticleRepository {

    /** What the fields of GraphQL's {@code Article} are read from; {@code body} and {@code claims} load by id. */
    private static final Projection SHOWN = Projection.alwaysReading("id")
            .field("id").field("body").field("claims")
            .field("headline", "headline").field("byline", "byline").field("outlet", "outlet").field("url", "url")
            .field("publishedAt", "published_at").field("createdAt", "created_at");

    private static final String COLUMNS = SHOWN.columns();

    private final DatabaseClient db;

    ArticleRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<Article> findByIds(Collection<Long> ids) {
        return this.db.sql("SELECT " + COLUMNS + " FROM article WHERE id = ANY(:ids)")
                .bind("ids", ids.toArray(Long[]::new))
                .map(ArticleRepository::article)
                .all();
    }

    /** The article whose id is the page's {@code pageColumn}, read by the page's statement. */
    static LateralJoin<Article> joinOnId(String alias, String pageColumn) {
        return LateralJoin.rowOf(alias, "article", SHOWN, "id", pageColumn, ArticleRepository::article);
    }

    /** The bodies of the articles on file among {@code ids}, by id. */
    Mono<Map<Long, String>> findBodies(Collection<Long> ids) {
        return this.db.sql("SELECT id, body FROM article WHERE id = ANY(:ids)")
                .bind("ids", ids.toArray(Long[]::new))
                .map(row -> Map.entry(row.get("id", Long.class), row.get("body", String.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    Mono<Article> findByUrl(String url) {
        return this.db.sql("SELECT " + COLUMNS + " FROM article WHERE url = :url")
                .bind("url", url)
                .map(ArticleRepository::article)
                .one();
    }

    /** Newest publication first; {@code after} is the (published_at, id) of the last article already seen. */
    Flux<Article> findPage(ArticleFilter filter, Instant afterPublishedAt, Long afterId, int limit) {
        SqlConditions conditions = new SqlConditions()
                .addPlannedPerValue("search @@ websearch_to_tsquery('english', :search)", "search", filter.search())
                .add("outlet = :outlet", "outlet", filter.outlet())
                .add("published_at >= :publishedAfter", "publishedAfter", filter.publishedAfter())
                .add("published_at < :publishedBefore", "publishedBefore", filter.publishedBefore())
                .add(afterId != null, "(published_at, id) < (:afterPublishedAt, :afterId)",
                        afterId == null ? Map.of() : Map.of("afterPublishedAt", afterPublishedAt, "afterId", afterId));
        String sql = "SELECT " + COLUMNS + " FROM article " + conditions.where()
                + " ORDER BY published_at DESC, id DESC " + conditions.limit(limit);
        return conditions.bind(this.db.sql(sql))
                .map(ArticleRepository::article)
                .all();
    }

    Mono<Article> insert(NewArticle article) {
        return this.db.sql("""
                        INSERT INTO article (headline, byline, outlet, url, published_at, body)
                        VALUES (:headline, :byline, :outlet, :url, :publishedAt, :body)
                        RETURNING\s""" + COLUMNS)
                .bind("headline", article.headline())
                .bind("byline", Parameter.fromOrEmpty(article.byline(), String.class))
                .bind("outlet", article.outlet())
                .bind("url", article.url())
                .bind("publishedAt", article.publishedAt())
                .bind("body", article.body())
                .map(ArticleRepository::article)
                .one();
    }

    private static Article article(Readable row) {
        return new Article(row.get("id", Long.class), row.get("headline", String.class),
                row.get("byline", String.class), row.get("outlet", String.class), row.get("url", String.class),
                row.get("published_at", Instant.class), row.get("created_at", Instant.class));
    }
}
