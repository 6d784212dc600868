package io.factdesk.graphql;

/** Reads the {@code ID} arguments of the API, which are the decimal database keys of the objects. */
public final class Ids {

    private Ids() {
    }

    public static long parse(String argument, String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        }
        catch (NumberFormatException ex) {
            // fall through to the one error below
        }
        throw new InvalidArgumentException(argument, "'" + id + "' is not a valid id for " + argument);
    }

    /** Null stays null, for optional id arguments. */
    public static Long parseOptional(String argument, String id) {
        return (id == null) ? null : parse(argument, id);
    }
}
