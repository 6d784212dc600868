package io.factdesk.claim;

/** The input of {@code addClaim}. */
public record AddClaimInput(String text, String articleId, TextSpanInput span, String claimantId) {

    ClaimDraft draft() {
        return new ClaimDraft(this.text, this.span, this.claimantId);
    }
}
