package io.factdesk.graphql;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks mutation input against the limits the database enforces, collecting every violation so that the caller
 * learns of all of them at once, each with its field path.
 */
public final class InputCheck {

    private final List<UserError> errors = new ArrayList<>();

    /** Text that must be present (not blank) and at most {@code max} characters. */
    public InputCheck required(String path, String value, int max) {
        if (value == null || value.isBlank()) {
            return fail(path, path + " must not be empty");
        }
        return optional(path, value, max);
    }

    /** Text that may be absent, but not longer than {@code max} characters. */
    public InputCheck optional(String path, String value, int max) {
        if (value != null && value.length() > max) {
            return fail(path, path + " must be at most " + max + " characters, got " + value.length());
        }
        return this;
    }

    /** An absolute http(s) URL of at most 2,000 characters. */
    public InputCheck url(String path, String value) {
        required(path, value, 2000);
        if (value == null || value.isBlank() || value.length() > 2000) {
            return this;
        }
        if (!isHttpUrl(value)) {
            fail(path, path + " must be an absolute http(s) URL, got '" + value + "'");
        }
        return this;
    }

    /** Adds a violation that a caller found with a rule of its own. */
    public InputCheck fail(String path, String message) {
        this.errors.add(UserError.of(UserErrorCode.VALIDATION, message, path));
        return this;
    }

    /** Ends the check: throws a {@link RejectedException} naming every violation, if there was any. */
    public void orReject() {
        if (!this.errors.isEmpty()) {
            throw new RejectedException(this.errors);
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            return web && uri.getHost() != null && !uri.getHost().isBlank();
        }
        catch (URISyntaxException ex) {
            return false;
        }
    }
}
