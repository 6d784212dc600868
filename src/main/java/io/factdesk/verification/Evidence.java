package io.factdesk.verification;

import java.time.Instant;

/** A source a checker found that bears on a claim. */
public record Evidence(long id, long claimId, String url, String sourceName, String excerpt, Stance stance,
        String addedBy, Instant addedAt) {
}
