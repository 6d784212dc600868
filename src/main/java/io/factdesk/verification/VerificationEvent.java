package io.factdesk.verification;

import java.time.Instant;

/**
 * One entry of a claim's audit trail: what changed, who changed it and why. {@code fromState} is null for the
 * event that creates the claim and equals {@code toState} for changes that keep the state.
 */
public record VerificationEvent(long id, long claimId, VerificationEventKind kind, VerificationState fromState,
        VerificationState toState, String actor, String note, String detail, Instant at) {

    /** An event about to be written, before it has an id and a time. */
    public record Entry(long claimId, VerificationEventKind kind, VerificationState fromState,
            VerificationState toState, String actor, String note, String detail) {

        public static Entry created(long claimId, String actor, String note) {
            return new Entry(claimId, VerificationEventKind.CREATED, null, VerificationState.NEW, actor, note, null);
        }

        public static Entry transition(long claimId, VerificationState from, VerificationState to, String actor,
                String note) {
            return new Entry(claimId, VerificationEventKind.TRANSITION, from, to, actor, note, null);
        }

        /** A change that keeps the claim's state, described by {@code detail}. */
        public static Entry change(long claimId, VerificationEventKind kind, VerificationState state, String actor,
                String detail) {
            return new Entry(claimId, kind, state, state, actor, null, detail);
        }
    }
}
