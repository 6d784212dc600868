package io.factdesk.matching;

import java.util.concurrent.CompletableFuture;

import io.factdesk.alert.ClaimAlert;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimPayload;
import io.factdesk.claim.ClaimService;
import io.factdesk.graphql.Ids;
import io.factdesk.security.Actor;
import io.factdesk.security.Permissions;
import io.factdesk.verification.WorkflowService;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** "Have we checked this before?": similar claims, the search box's dry run, and the desk's decisions. */
@Controller
class MatchingController {

    private final MatchingService matching;
    private final SimilarClaimPages pages;
    private final ClaimService claims;
    private final WorkflowService workflow;

    MatchingController(MatchingService matching, SimilarClaimPages pages, ClaimService claims,
            WorkflowService workflow) {
        this.matching = matching;
        this.pages = pages;
        this.claims = claims;
        this.workflow = workflow;
    }

    @QueryMapping
    @PreAuthorize(Permissions.MEMBER)
    Mono<SimilarClaims> matchClaim(@Argument String text, @Argument int first, @Argument double minScore) {
        return this.pages.forText(text, first, minScore);
    }

    /** Loaded for a whole page of claims at once, by the "similarClaimsOf" batch loader. */
    @SchemaMapping(typeName = "Claim")
    CompletableFuture<SimilarClaims> similarClaims(Claim claim, @Argument int first, @Argument double minScore,
            DataLoader<SimilarClaimsOf, SimilarClaims> similarClaimsOf) {
        return similarClaimsOf.load(SimilarClaimsOf.of(claim.id(), first, minScore));
    }

    /** Not batched: an alert carries one claim, and its subscribers share the lookup. */
    @SchemaMapping(typeName = "ClaimAlert")
    Mono<SimilarClaims.Edge> bestMatch(ClaimAlert alert) {
        return this.pages.bestFor(alert.claim().id());
    }

    @MutationMapping
    @PreAuthorize(Permissions.CHECK)
    Mono<ClaimPayload> linkClaims(@Argument String claimId, @Argument String otherClaimId, @Argument String note,
            Authentication authentication) {
        return decide(claimId, otherClaimId, true, note, authentication);
    }

    @MutationMapping
    @PreAuthorize(Permissions.CHECK)
    Mono<ClaimPayload> unlinkClaims(@Argument String claimId, @Argument String otherClaimId, @Argument String note,
            Authentication authentication) {
        return decide(claimId, otherClaimId, false, note, authentication);
    }

    @MutationMapping
    @PreAuthorize(Permissions.EDIT)
    Mono<ClaimPayload> adoptVerdict(@Argument String claimId, @Argument String fromClaimId,
            @Argument int expectedVersion, Authentication authentication) {
        long id = Ids.parse("claimId", claimId);
        long from = Ids.parse("fromClaimId", fromClaimId);
        return ClaimPayload.of(() -> this.workflow.adoptVerdict(id, from, expectedVersion, Actor.of(authentication)),
                () -> this.claims.findById(id));
    }

    private Mono<ClaimPayload> decide(String claimId, String otherClaimId, boolean same, String note,
            Authentication authentication) {
        long id = Ids.parse("claimId", claimId);
        long other = Ids.parse("otherClaimId", otherClaimId);
        return ClaimPayload.of(() -> this.matching.decide(id, other, same, note, Actor.of(authentication)),
                () -> this.claims.findById(id));
    }
}
