package io.factdesk.claim;

import java.util.List;
import java.util.Map;

import io.factdesk.article.Article;
import io.factdesk.article.ArticleService;
import io.factdesk.graphql.Batches;
import io.factdesk.graphql.Connection;
import io.factdesk.graphql.Ids;
import io.factdesk.graphql.PageRequest;
import io.factdesk.person.Person;
import io.factdesk.person.PersonService;
import io.factdesk.security.Actor;
import io.factdesk.security.Permissions;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Claim queries and {@code addClaim}, and the fields of {@code Claim} that point to other objects. */
@Controller
class ClaimController {

    private final ClaimService claims;
    private final ArticleService articles;
    private final PersonService people;

    ClaimController(ClaimService claims, ArticleService articles, PersonService people) {
        this.claims = claims;
        this.articles = articles;
        this.people = people;
    }

    @QueryMapping
    @PreAuthorize(Permissions.MEMBER)
    Mono<Claim> claim(@Argument String id) {
        return this.claims.findById(Ids.parse("id", id));
    }

    @QueryMapping
    @PreAuthorize(Permissions.MEMBER)
    Mono<Connection<Claim>> claims(@Argument Integer first, @Argument String after, @Argument ClaimFilter filter) {
        return this.claims.page(filter, PageRequest.of(first, after));
    }

    @MutationMapping
    @PreAuthorize(Permissions.REPORT)
    Mono<ClaimPayload> addClaim(@Argument AddClaimInput input, Authentication authentication) {
        return ClaimPayload.of(() -> this.claims.add(input, Actor.of(authentication)), Mono::empty);
    }

    @BatchMapping
    Mono<Map<Claim, Article>> article(List<Claim> claims) {
        return this.articles.findByIds(Batches.ids(claims, Claim::articleId))
                .map(byId -> Batches.pair(claims, Claim::articleId, byId));
    }

    @BatchMapping
    Mono<Map<Claim, Person>> claimant(List<Claim> claims) {
        return this.people.findByIds(Batches.ids(claims, Claim::claimantId))
                .map(byId -> Batches.pair(claims, Claim::claimantId, byId));
    }
}
