package io.factdesk.claim;

import io.factdesk.graphql.Cursor;
import io.factdesk.graphql.PageRequest;

/** Asks for one page of an article's claims in text order; the key of the batched {@code Article.claims}. */
public record ClaimsOfArticle(long articleId, int first, Integer afterPosition, Long afterId) {

    static final String CURSOR_KIND = "claim-in-text";

    /** Reads the cursor now, so that a bad one fails the field that passed it and nothing else. */
    public static ClaimsOfArticle of(long articleId, PageRequest page) {
        Cursor after = page.afterCursor(CURSOR_KIND, 2);
        return (after == null) ? new ClaimsOfArticle(articleId, page.first(), null, null)
                : new ClaimsOfArticle(articleId, page.first(), (int) after.longKey(0), after.longKey(1));
    }

    static Cursor cursorOf(Claim claim) {
        return Cursor.of(CURSOR_KIND, ClaimRepository.textPosition(claim), claim.id());
    }

    /** Keys that differ only in their article can be served by one statement. */
    PageShape shape() {
        return new PageShape(this.first, this.afterPosition, this.afterId);
    }

    record PageShape(int first, Integer afterPosition, Long afterId) {
    }
}
