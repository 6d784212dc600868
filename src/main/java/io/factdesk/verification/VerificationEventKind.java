package io.factdesk.verification;

/** What an audit event records. */
public enum VerificationEventKind {
    CREATED, TRANSITION, ASSIGNED, EVIDENCE_ADDED, VERDICT_SET, CLAIMANT_MERGED, LINKED, UNLINKED, VERDICT_ADOPTED
}
