package io.factdesk.graphql;

import java.util.List;

/**
 * A business rule refused a change. Thrown inside the change's transaction so that it rolls back whatever was
 * written; the controller then reports {@link #errors()} as the payload's {@code userErrors}.
 */
public class RejectedException extends RuntimeException {

    private final List<UserError> errors;

    public RejectedException(List<UserError> errors) {
        super(errors.isEmpty() ? "rejected" : errors.get(0).message(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public RejectedException(UserErrorCode code, String message, String path) {
        this(List.of(UserError.of(code, message, path)));
    }

    public List<UserError> errors() {
        return this.errors;
    }
}
