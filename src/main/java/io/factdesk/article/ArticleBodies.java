package io.factdesk.article;

import io.factdesk.graphql.BatchLoadedField;
import io.factdesk.graphql.Batches;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code Article.body}, loaded apart from the article: only the queries that show the text pay for reading and
 * sending it, not every list of claims that names the article.
 */
@Configuration(proxyBeanMethods = false)
class ArticleBodies {

    @Bean
    BatchLoadedField<Article, String> articleBody(ArticleService articles) {
        return new BatchLoadedField<>("Article", "body", String.class, parents -> articles
                .findBodies(Batches.ids(parents, Article::id))
                .map(byId -> Batches.alignedTo(parents, Article::id, byId)));
    }
}
