package io.factdesk.security;

/** What a desk member may do; a token's {@code roles} claim lists them. */
public enum Role {
    REPORTER, CHECKER, EDITOR, ADMIN
}
