package io.factdesk.claim;

/** A claim as it is first recorded, before it has an id. */
public record NewClaim(long articleId, String text, TextSpan span, Long claimantId, Float checkWorthiness) {
}
