package io.factdesk.alert;

import java.time.Instant;

import io.factdesk.verification.VerificationState;

/**
 * A row of the {@code claim_event} table: one committed change of a claim, with the claim's fields as that
 * transaction left them. {@code position} is the row's id, which grows in commit order.
 */
public record ClaimEvent(long position, ClaimAlertKind kind, long claimId, int claimVersion, long articleId,
        Long claimantId, VerificationState state, VerificationState previousState, Float checkWorthiness,
        Instant at) {
}
