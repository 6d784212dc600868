package io.factdesk.graphql;

/**
 * A client sent an argument the API cannot use (an id that is no id, a page size above the cap, a cursor it did
 * not hand out). Reaches the client as a {@code BAD_REQUEST} error naming the argument.
 */
public class InvalidArgumentException extends RuntimeException {

    private final String argument;

    public InvalidArgumentException(String argument, String message) {
        super(message);
        this.argument = argument;
    }

    public String argument() {
        return this.argument;
    }
}
