package io.factdesk.verification;

import java.time.Instant;

/** The desk's judgement of a claim; {@code publishedAt} is null until it is made public. */
public record Verdict(long id, long claimId, Rating rating, String summary, String givenBy, Instant givenAt,
        Instant publishedAt) {
}
