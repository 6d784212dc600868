package io.factdesk.security;

/**
 * Who may call which operation, as {@code @PreAuthorize} expressions: the one place for the role rules of the API.
 * Which state change a role may make is the workflow's rule ({@code ClaimWorkflow}), not this class's.
 */
public final class Permissions {

    /** Any signed-in desk member: every read. */
    public static final String MEMBER = "isAuthenticated()";

    /** Ingest articles and propose claims. */
    public static final String REPORT = "hasAnyRole('REPORTER', 'EDITOR', 'ADMIN')";

    /** Record a new speaker. */
    public static final String RECORD_SPEAKER = "hasAnyRole('REPORTER', 'CHECKER', 'EDITOR', 'ADMIN')";

    /** Check claims: evidence and proposed verdicts. */
    public static final String CHECK = "hasAnyRole('CHECKER', 'EDITOR', 'ADMIN')";

    /** Edit: assign work, publish, dismiss, reopen, correct and merge speaker records. */
    public static final String EDIT = "hasAnyRole('EDITOR', 'ADMIN')";

    /** Move a claim through the workflow; which move a role may make is decided per transition. */
    public static final String TRANSITION = "hasAnyRole('CHECKER', 'EDITOR', 'ADMIN')";

    private Permissions() {
    }
}
