package io.factdesk.article;

import java.time.Instant;
import java.util.List;

import io.factdesk.claim.ClaimDraft;
import io.factdesk.graphql.InputCheck;

/** The input of {@code ingestArticle}: an article, and optionally the claims already picked from it. */
public record IngestArticleInput(String headline, String byline, String outlet, String url, Instant publishedAt,
        String body, List<ClaimDraft> claims) {

    static final int MAX_CLAIMS = 500;

    /** The article's own fields, against the limits of the article table; claims are checked with the article. */
    InputCheck check() {
        InputCheck check = new InputCheck()
                .required("input.headline", this.headline, 500)
                .optional("input.byline", this.byline, 300)
                .required("input.outlet", this.outlet, 200)
                .url("input.url", this.url)
                .required("input.body", this.body, 200_000);
        if (this.claims != null && this.claims.size() > MAX_CLAIMS) {
            check.fail("input.claims", "At most " + MAX_CLAIMS + " claims per article, got " + this.claims.size());
        }
        return check;
    }

    NewArticle article() {
        return new NewArticle(this.headline.strip(), this.byline == null ? null : this.byline.strip(),
                this.outlet.strip(), this.url.strip(), this.publishedAt, this.body);
    }

    List<ClaimDraft> claimsOrNone() {
        return (this.claims == null) ? List.of() : this.claims;
    }
}
