package io.factdesk.graphql;

/**
 * What a client asked of a connection: how many items, after which one. {@code first} is capped so that one
 * request cannot ask the database for an unbounded page.
 */
public record PageRequest(int first, String after) {

    public static final int MAX_FIRST = 100;
    public static final int DEFAULT_FIRST = 20;

    public static PageRequest of(Integer first, String after) {
        int size = (first == null) ? DEFAULT_FIRST : first;
        if (size < 0 || size > MAX_FIRST) {
            throw new InvalidArgumentException("first",
                    "'first' must be between 0 and " + MAX_FIRST + ", got " + size);
        }
        return new PageRequest(size, after);
    }

    /** One row more than asked, to learn whether another page follows. */
    public int limitWithLookahead() {
        return this.first + 1;
    }

    public Cursor afterCursor(String kind, int arity) {
        return (this.after == null) ? null : Cursor.decode(this.after, kind, arity);
    }
}
