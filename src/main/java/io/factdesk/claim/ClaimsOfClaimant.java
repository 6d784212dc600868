package io.factdesk.claim;

import io.factdesk.graphql.Cursor;
import io.factdesk.graphql.PageRequest;

/** Asks for one page of a speaker's claims, newest first; the key of the batched {@code Person.claims}. */
public record ClaimsOfClaimant(long claimantId, int first, Long afterId) {

    /** Reads the cursor now, so that a bad one fails the field that passed it and nothing else. */
    public static ClaimsOfClaimant of(long claimantId, PageRequest page) {
        Cursor after = page.afterCursor(ClaimService.NEWEST_FIRST, 1);
        return new ClaimsOfClaimant(claimantId, page.first(), after == null ? null : after.longKey(0));
    }

    /** Keys that differ only in their speaker can be served by one statement. */
    PageShape shape() {
        return new PageShape(this.first, this.afterId);
    }

    record PageShape(int first, Long afterId) {
    }
}
