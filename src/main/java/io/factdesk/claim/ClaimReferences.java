package io.factdesk.claim;

import io.factdesk.article.Article;
import io.factdesk.article.ArticleService;
import io.factdesk.graphql.BatchLoadedField;
import io.factdesk.graphql.Batches;
import io.factdesk.person.Person;
import io.factdesk.person.PersonService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fields of {@code Claim} that point to other objects: read by a page of claims in its own statement, and for
 * claims that came some other way in one statement each.
 */
@Configuration(proxyBeanMethods = false)
class ClaimReferences {

    @Bean
    BatchLoadedField<Claim, Article> claimArticle(ArticleService articles) {
        return new BatchLoadedField<Claim, Article>("Claim", "article", Article.class, claims -> articles
                .findByIds(Batches.ids(claims, Claim::articleId))
                .map(byId -> Batches.alignedTo(claims, Claim::articleId, byId)))
                .joinedInPages(articles.joinOnId("article", "article_id"));
    }

    @Bean
    BatchLoadedField<Claim, Person> claimClaimant(PersonService people) {
        return new BatchLoadedField<Claim, Person>("Claim", "claimant", Person.class, claims -> people
                .findByIds(Batches.ids(claims, Claim::claimantId))
                .map(byId -> Batches.alignedTo(claims, Claim::claimantId, byId)))
                .joinedInPages(people.joinOnId("claimant", "claimant_id"));
    }
}
