package io.factdesk.matching;

import io.factdesk.graphql.InvalidArgumentException;

/** Asks for the similar claims of one claim; the key of the batched {@code Claim.similarClaims}. */
public record SimilarClaimsOf(long claimId, int first, double minScore) {

    /** Checks the arguments now, so that a bad one fails the field that passed it and nothing else. */
    static SimilarClaimsOf of(long claimId, int first, double minScore) {
        if (first < 1 || first > MatchingService.MAX_MATCHES) {
            throw new InvalidArgumentException("first", "'first' must be between 1 and " + MatchingService.MAX_MATCHES
                    + ", got " + first);
        }
        if (minScore < 0 || minScore > 1) {
            throw new InvalidArgumentException("minScore", "'minScore' must be between 0 and 1, got " + minScore);
        }
        return new SimilarClaimsOf(claimId, first, minScore);
    }

    /** Keys that differ only in their claim can be served by one statement. */
    Shape shape() {
        return new Shape(this.first, this.minScore);
    }

    record Shape(int first, double minScore) {
    }
}
