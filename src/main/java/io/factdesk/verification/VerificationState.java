package io.factdesk.verification;

/** Where a claim is in the verification workflow. */
public enum VerificationState {
    NEW, IN_PROGRESS, IN_REVIEW, PUBLISHED, DISMISSED
}
