package io.factdesk.article;

import java.util.concurrent.CompletableFuture;

import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimsOfArticle;
import io.factdesk.graphql.Connection;
import io.factdesk.graphql.Ids;
import io.factdesk.graphql.PageRequest;
import io.factdesk.graphql.Payloads;
import io.factdesk.security.Actor;
import io.factdesk.security.Permissions;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Article queries, {@code ingestArticle}, and the fields of {@code Article}. */
@Controller
class ArticleController {

    private final ArticleService articles;
    private final ArticleIngestion ingestion;

    ArticleController(ArticleService articles, ArticleIngestion ingestion) {
        this.articles = articles;
        this.ingestion = ingestion;
    }

    @MutationMapping
    @PreAuthorize(Permissions.REPORT)
    Mono<IngestArticlePayload> ingestArticle(@Argument IngestArticleInput input, Authentication authentication) {
        return Payloads.of(() -> this.ingestion.ingest(input, Actor.of(authentication)), payload -> payload,
                errors -> Mono.just(IngestArticlePayload.rejected(errors)));
    }

    @QueryMapping
    @PreAuthorize(Permissions.MEMBER)
    Mono<Article> article(@Argument String id) {
        return this.articles.findById(Ids.parse("id", id));
    }

    @QueryMapping
    @PreAuthorize(Permissions.MEMBER)
    Mono<Connection<Article>> articles(@Argument Integer first, @Argument String after,
            @Argument ArticleFilter filter) {
        return this.articles.page(filter, PageRequest.of(first, after));
    }

    @SchemaMapping
    CompletableFuture<Connection<Claim>> claims(Article article, @Argument Integer first, @Argument String after,
            DataLoader<ClaimsOfArticle, Connection<Claim>> claimsOfArticle) {
        return claimsOfArticle.load(ClaimsOfArticle.of(article.id(), PageRequest.of(first, after)));
    }
}
