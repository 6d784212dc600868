package io.factdesk.claim;

import java.time.Instant;

import io.factdesk.verification.VerificationState;

/**
 * A checkable statement found in an article. {@code span} and {@code claimantId} are null when the claim has no
 * position in the text or no attributed speaker, {@code assigneeId} while nobody works on it; {@code version} grows
 * with every change.
 */
public record Claim(long id, long articleId, String text, TextSpan span, Long claimantId, VerificationState state,
        Float checkWorthiness, Long assigneeId, Instant createdAt, Instant updatedAt, int version) {
}
