package io.factdesk.claim;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.factdesk.graphql.Connection;
import io.factdesk.graphql.Ids;
import io.factdesk.graphql.PageRequest;
import io.factdesk.graphql.Prefetch;
import io.factdesk.security.Actor;
import io.factdesk.security.Permissions;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Claim queries and {@code addClaim}. The fields of {@code Claim} that point to other objects are declared in
 * {@link ClaimReferences}; a page of claims reads the ones a query selects in its own statement, before graphql-java
 * descends into it.
 */
@Controller
class ClaimController {

    private final ClaimService claims;
    private final Prefetch prefetch;

    ClaimController(ClaimService claims, Prefetch prefetch) {
        this.claims = claims;
        this.prefetch = prefetch;
    }

    @QueryMapping
    @PreAuthorize(Permissions.MEMBER)
    Mono<Claim> claim(@Argument String id) {
        return this.claims.findById(Ids.parse("id", id));
    }

    @QueryMapping
    @PreAuthorize(Permissions.MEMBER)
    Mono<DataFetcherResult<Connection<Claim>>> claims(@Argument Integer first, @Argument String after,
            DataFetchingEnvironment environment) {
        Prefetch.NodeFields selected = this.prefetch.selectedOnNodes(environment);
        return this.claims.page(ClaimFilter.of(environment.getArgument("filter")), PageRequest.of(first, after),
                        selected.fieldsOf("Claim"), selected.joins())
                .map(selected::complete);
    }

    @MutationMapping
    @PreAuthorize(Permissions.REPORT)
    Mono<ClaimPayload> addClaim(@Argument AddClaimInput input, Authentication authentication) {
        return ClaimPayload.of(() -> this.claims.add(input, Actor.of(authentication)), Mono::empty);
    }
}
