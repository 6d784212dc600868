package io.factdesk.alert;

import graphql.ErrorClassification;

/**
 * A subscriber fell further behind than its buffer allows, so its subscription was ended rather than let it hold
 * memory or hold back the others. It loses nothing: resuming with its last cursor replays the rest from the table.
 */
public class SubscriberTooSlowException extends RuntimeException {

    /** How its GraphQL error is classified. */
    public static final ErrorClassification CLASSIFICATION =
            ErrorClassification.errorClassification("SUBSCRIBER_TOO_SLOW");

    public SubscriberTooSlowException(int bufferSize) {
        super("This subscription fell more than " + bufferSize + " alerts behind and was ended. Subscribe again "
                + "with 'after' set to the cursor of the last alert you received: no alert is lost.", null, false,
                false);
    }
}
