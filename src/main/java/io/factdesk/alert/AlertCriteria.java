package io.factdesk.alert;

import java.util.EnumSet;
import java.util.Set;

import io.factdesk.db.SqlConditions;
import io.factdesk.graphql.Ids;
import io.factdesk.graphql.InvalidArgumentException;
import io.factdesk.verification.VerificationState;

/**
 * What one subscription wants: one kind of change, narrowed by its filter. Judged against the claim as the event
 * recorded it, in Java for live events and in SQL for replayed ones, so both judge alike.
 */
record AlertCriteria(ClaimAlertKind kind, Long articleId, Long claimantId, Set<VerificationState> states,
        Float minCheckWorthiness) {

    /** Reads the filter argument; a bad id or score is the client's error, raised before anything starts. */
    static AlertCriteria of(ClaimAlertKind kind, ClaimAlertFilter filter) {
        if (filter == null) {
            return new AlertCriteria(kind, null, null, null, null);
        }
        boolean anyState = filter.states() == null || filter.states().isEmpty();
        return new AlertCriteria(kind, Ids.parseOptional("filter.articleId", filter.articleId()),
                Ids.parseOptional("filter.claimantId", filter.claimantId()),
                anyState ? null : EnumSet.copyOf(filter.states()), score(filter.minCheckWorthiness()));
    }

    /**
     * Check-worthiness is stored as a {@code real}; comparing in single precision keeps a claim scored 0.7 above a
     * minimum of 0.7, which a double comparison would not.
     */
    private static Float score(Double minimum) {
        if (minimum == null) {
            return null;
        }
        if (minimum < 0 || minimum > 1) {
            throw new InvalidArgumentException("filter.minCheckWorthiness",
                    "'filter.minCheckWorthiness' must be between 0 and 1, got " + minimum);
        }
        return minimum.floatValue();
    }

    boolean matches(ClaimEvent event) {
        return event.kind() == this.kind
                && (this.articleId == null || this.articleId == event.articleId())
                && (this.claimantId == null || this.claimantId.equals(event.claimantId()))
                && (this.states == null || this.states.contains(event.state()))
                && worthEnough(event.checkWorthiness());
    }

    private boolean worthEnough(Float checkWorthiness) {
        return this.minCheckWorthiness == null
                || (checkWorthiness != null && checkWorthiness >= this.minCheckWorthiness);
    }

    /** The same judgement for the {@code claim_event} table. */
    SqlConditions conditions() {
        return new SqlConditions()
                .add("kind = :kind", "kind", this.kind.name())
                .add("article_id = :articleId", "articleId", this.articleId)
                .add("claimant_id = :claimantId", "claimantId", this.claimantId)
                .addAnyOf("state", this.states)
                .add("check_worthiness >= :minCheckWorthiness", "minCheckWorthiness", this.minCheckWorthiness);
    }
}
