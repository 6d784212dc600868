package io.factdesk.graphql;

/** Why a business rule refused a mutation. */
public enum UserErrorCode {
    VALIDATION, NOT_FOUND, INVALID_TRANSITION, VERSION_CONFLICT
}
