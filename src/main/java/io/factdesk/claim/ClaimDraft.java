package io.factdesk.claim;

/** A claim as a client proposes it for an article: its text, optionally where it stands and who made it. */
public record ClaimDraft(String text, TextSpanInput span, String claimantId) {
}
