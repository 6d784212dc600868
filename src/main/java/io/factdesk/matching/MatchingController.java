package io.factdesk.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimPayload;
import io.factdesk.claim.ClaimService;
import io.factdesk.graphql.Connection;
import io.factdesk.graphql.Cursor;
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
    private final ClaimService claims;
    private final WorkflowService workflow;

    MatchingController(MatchingService matching, ClaimService claims, WorkflowService workflow) {
        this.matching = matching;
        this.claims = claims;
        this.workflow = workflow;
    }

    @QueryMapping
    @PreAuthorize(Permissions.MEMBER)
    Mono<SimilarClaims> matchClaim(@Argument String text, @Argument int first, @Argument double minScore) {
        return this.matching.match(text, first + 1, minScore).flatMap(found -> page(found, first));
    }

    /** Loaded for a whole page of claims at once, by the "similarClaimsOf" batch loader. */
    @SchemaMapping(typeName = "Claim")
    CompletableFuture<SimilarClaims> similarClaims(Claim claim, @Argument int first, @Argument double minScore,
            DataLoader<SimilarClaimsOf, SimilarClaims> similarClaimsOf) {
        return similarClaimsOf.load(SimilarClaimsOf.of(claim.id(), first, minScore));
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

    private Mono<SimilarClaims> page(List<ClaimMatch> found, int first) {
        return this.claims.findByIds(found.stream().map(ClaimMatch::claimId).toList())
                .map(byId -> build(found, byId, first));
    }

    /** Pages of similar claims for many claims asking with the same page size and threshold: one statement each. */
    Mono<Map<SimilarClaimsOf, SimilarClaims>> load(List<SimilarClaimsOf> keys) {
        SimilarClaimsOf shape = keys.get(0);
        return this.matching.similarTo(keys.stream().map(SimilarClaimsOf::claimId).toList(), shape.first() + 1,
                        shape.minScore())
                .flatMap(byClaim -> this.claims.findByIds(matchedIds(byClaim))
                        .map(found -> pagesOf(keys, byClaim, found)));
    }

    private static Map<SimilarClaimsOf, SimilarClaims> pagesOf(List<SimilarClaimsOf> keys,
            Map<Long, List<ClaimMatch>> byClaim, Map<Long, Claim> found) {
        Map<SimilarClaimsOf, SimilarClaims> pages = new LinkedHashMap<>();
        for (SimilarClaimsOf key : keys) {
            pages.put(key, build(byClaim.getOrDefault(key.claimId(), List.of()), found, key.first()));
        }
        return pages;
    }

    private static List<Long> matchedIds(Map<Long, List<ClaimMatch>> byClaim) {
        List<Long> ids = new ArrayList<>();
        byClaim.values().forEach(matches -> matches.forEach(match -> ids.add(match.claimId())));
        return ids;
    }

    /** The first {@code first} matches as edges; one more found says that another page follows. */
    private static SimilarClaims build(List<ClaimMatch> matches, Map<Long, Claim> claims, int first) {
        List<SimilarClaims.Edge> edges = new ArrayList<>();
        for (ClaimMatch match : matches.subList(0, Math.min(first, matches.size()))) {
            Claim claim = claims.get(match.claimId());
            if (claim != null) {
                edges.add(new SimilarClaims.Edge(Cursor.of("match", match.claimId()).encode(), claim, match.score(),
                        match.confirmed()));
            }
        }
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new SimilarClaims(edges, new Connection.PageInfo(matches.size() > first, end));
    }
}
