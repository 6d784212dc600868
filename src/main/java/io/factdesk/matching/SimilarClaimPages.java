package io.factdesk.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.graphql.Connection;
import io.factdesk.graphql.Cursor;
import io.factdesk.graphql.LruMap;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** Turns matches into pages of similar claims: for a text, for a page of claims, and for an alert's claim. */
@Component
class SimilarClaimPages {

    /** The threshold of a suggestion the desk sees unasked, the one the labelled pairs were measured at. */
    static final double SUGGESTION_SCORE = 0.5;

    /** How long the best match of an alerted claim is kept for the other subscribers of the same alert. */
    private static final Duration BEST_MATCH_KEPT = Duration.ofSeconds(5);
    private static final int BEST_MATCHES_KEPT = 512;

    private final MatchingService matching;
    private final ClaimService claims;
    private final Map<Long, Mono<Optional<SimilarClaims.Edge>>> recentBestMatches = new LruMap<>(BEST_MATCHES_KEPT);

    SimilarClaimPages(MatchingService matching, ClaimService claims) {
        this.matching = matching;
        this.claims = claims;
    }

    /** The claims on file that state the same as {@code text}. */
    Mono<SimilarClaims> forText(String text, int first, double minScore) {
        return this.matching.match(text, first + 1, minScore)
                .flatMap(found -> this.claims.findByIds(found.stream().map(ClaimMatch::claimId).toList())
                        .map(byId -> build(found, byId, first)));
    }

    /** Pages for many claims asking with the same page size and threshold: one statement for the matches. */
    Mono<Map<SimilarClaimsOf, SimilarClaims>> forClaims(List<SimilarClaimsOf> keys) {
        SimilarClaimsOf shape = keys.get(0);
        return this.matching.similarTo(keys.stream().map(SimilarClaimsOf::claimId).toList(), shape.first() + 1,
                        shape.minScore())
                .flatMap(byClaim -> this.claims.findByIds(matchedIds(byClaim))
                        .map(found -> pagesOf(keys, byClaim, found)));
    }

    /**
     * The best suggestion for a claim, or nothing. An alert goes to every subscriber at once and each one that
     * selects the match asks for it: they share one lookup for a few seconds instead of a statement each.
     */
    Mono<SimilarClaims.Edge> bestFor(long claimId) {
        Mono<Optional<SimilarClaims.Edge>> lookup;
        synchronized (this.recentBestMatches) {
            lookup = this.recentBestMatches.computeIfAbsent(claimId, id -> lookUpBest(id)
                    .cache(found -> BEST_MATCH_KEPT, failure -> Duration.ZERO, () -> BEST_MATCH_KEPT));
        }
        return lookup.flatMap(Mono::justOrEmpty);
    }

    private Mono<Optional<SimilarClaims.Edge>> lookUpBest(long claimId) {
        SimilarClaimsOf key = SimilarClaimsOf.of(claimId, 1, SUGGESTION_SCORE);
        return forClaims(List.of(key)).map(pages -> pages.get(key).edges().stream().findFirst());
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
