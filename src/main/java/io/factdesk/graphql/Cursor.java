package io.factdesk.graphql;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The position of an item in a keyset-ordered list: the values of its sort key. Clients see it only as an opaque
 * string; the kind prefix keeps a cursor of one list from being used on another.
 */
public record Cursor(String kind, List<String> keys) {

    private static final String VERSION = "v1";
    private static final String SEPARATOR = "\u001F";

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(String kind, Object... keys) {
        return new Cursor(kind, Arrays.stream(keys).map(String::valueOf).toList());
    }

    public String encode() {
        String plain = VERSION + SEPARATOR + this.kind + SEPARATOR + String.join(SEPARATOR, this.keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads an {@code after} argument of a list of the given kind whose sort key has {@code arity} values. */
    public static Cursor decode(String encoded, String kind, int arity) {
        String[] parts = decodeParts(encoded);
        boolean fits = parts.length == arity + 2 && VERSION.equals(parts[0]) && kind.equals(parts[1]);
        if (!fits) {
            throw invalid();
        }
        return new Cursor(kind, List.of(parts).subList(2, parts.length));
    }

    private static String[] decodeParts(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            return plain.split(SEPARATOR, -1);
        }
        catch (IllegalArgumentException ex) {
            throw invalid();
        }
    }

    public long longKey(int index) {
        try {
            return Long.parseLong(this.keys.get(index));
        }
        catch (NumberFormatException ex) {
            throw invalid();
        }
    }

    public Instant instantKey(int index) {
        try {
            return Instant.parse(this.keys.get(index));
        }
        catch (DateTimeParseException ex) {
            throw invalid();
        }
    }

    public String stringKey(int index) {
        return this.keys.get(index);
    }

    private static InvalidArgumentException invalid() {
        return new InvalidArgumentException("after",
                "'after' is not a cursor of this list; pass the endCursor of the previous page");
    }
}
