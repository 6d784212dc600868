package io.factdesk.claim;

import io.factdesk.article.Article;
import io.factdesk.article.ArticleService;
import io.factdesk.graphql.BatchLoadedField;
import io.factdesk.graphql.Batches;
import io.factdesk.person.Person;
import io.factdesk.person.PersonService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fields of {@code Claim} that point to other objects: loaded for a page of claims in one statement each. */
@Configuration(proxyBeanMethods = false)
class ClaimReferences {

    @Bean
    BatchLoadedField<Claim, Article> claimArticle(ArticleService articles) {
        return new BatchLoadedField<>("Claim", "article", Article.class, claims -> articles
                .findByIds(Batches.ids(claims, Claim::articleId))
                .map(byId -> Batches.alignedTo(claims, Claim::articleId, byId)));
    }

    @Bean
    BatchLoadedField<Claim, Person> claimClaimant(PersonService people) {
        return new BatchLoadedField<>("Claim", "claimant", Person.class, claims -> people
                .findByIds(Batches.ids(claims, Claim::claimantId))
                .map(byId -> Batches.alignedTo(claims, Claim::claimantId, byId)));
    }
}
