package io.factdesk.alert;

import java.util.List;

import io.factdesk.verification.VerificationState;

/** Narrows a claim alert subscription; null fields do not narrow. Ids arrive as the API's ID strings. */
public record ClaimAlertFilter(String articleId, String claimantId, List<VerificationState> states,
        Double minCheckWorthiness) {
}
