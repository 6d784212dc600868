package io.factdesk.security;

/** A signed-in member asked for a change their roles do not allow; reaches the client as {@code FORBIDDEN}. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message, null, false, false);
    }
}
