package io.factdesk.graphql;

import java.util.List;

/** A business rule's refusal of a mutation, reported to the caller as data on the payload. */
public record UserError(UserErrorCode code, String message, List<String> field) {

    public UserError {
        field = List.copyOf(field);
    }

    /** {@code path} is dotted, e.g. {@code input.url}. */
    public static UserError of(UserErrorCode code, String message, String path) {
        return new UserError(code, message, path == null ? List.of() : List.of(path.split("\\.")));
    }
}
