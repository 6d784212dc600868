package io.factdesk.claim;

import java.util.List;

import io.factdesk.verification.VerificationState;

/** Narrows {@code Query.claims}; null fields do not narrow. Ids arrive as the API's ID strings. */
public record ClaimFilter(List<VerificationState> states, String claimantId, String articleId, String search) {

    static final ClaimFilter NONE = new ClaimFilter(null, null, null, null);
}
