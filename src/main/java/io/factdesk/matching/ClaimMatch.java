package io.factdesk.matching;

/** A claim on file that states the same thing as another text, with how sure matching is, from 0 to 1. */
public record ClaimMatch(long claimId, double score, boolean confirmed) {
}
