package io.factdesk.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.factdesk.claim.Claim;
import io.factdesk.graphql.Cursor;
import io.factdesk.graphql.InvalidArgumentException;
import io.factdesk.verification.VerificationState;

/**
 * What a subscriber receives: a committed change of a claim ({@code event}, as the change left the claim) and the
 * claim as it is when the alert is sent. The accessors below are the fields of the GraphQL {@code ClaimAlert}.
 */
public record ClaimAlert(ClaimEvent event, Claim claim) {

    static final String CURSOR_KIND = "alert";

    /** Pairs events with their claims, in event order; an event whose claim was deleted since has no alert. */
    static List<ClaimAlert> pair(List<ClaimEvent> events, Map<Long, Claim> claimsById) {
        List<ClaimAlert> alerts = new ArrayList<>(events.size());
        for (ClaimEvent event : events) {
            Claim claim = claimsById.get(event.claimId());
            if (claim != null) {
                alerts.add(new ClaimAlert(event, claim));
            }
        }
        return alerts;
    }

    static String cursorOf(long position) {
        return Cursor.of(CURSOR_KIND, position).encode();
    }

    /** Reads an {@code after} argument; null stays null. */
    static Long positionOf(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return Cursor.decode(cursor, CURSOR_KIND, 1).longKey(0);
        }
        catch (InvalidArgumentException ex) {
            throw new InvalidArgumentException("after",
                    "'after' is not a claim alert cursor; pass the cursor of the last alert you received");
        }
    }

    long position() {
        return this.event.position();
    }

    public String cursor() {
        return cursorOf(position());
    }

    public ClaimAlertKind kind() {
        return this.event.kind();
    }

    public Instant at() {
        return this.event.at();
    }

    public int claimVersion() {
        return this.event.claimVersion();
    }

    public VerificationState state() {
        return this.event.state();
    }

    public VerificationState previousState() {
        return this.event.previousState();
    }
}
