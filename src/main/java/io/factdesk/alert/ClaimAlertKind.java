package io.factdesk.alert;

/** What happened to a claim: the two kinds of rows in the {@code claim_event} table. */
public enum ClaimAlertKind {
    CLAIM_ADDED, CLAIM_UPDATED
}
