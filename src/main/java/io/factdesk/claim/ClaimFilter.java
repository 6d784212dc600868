package io.factdesk.claim;

import java.util.List;
import java.util.Map;

import io.factdesk.verification.VerificationState;

/** Narrows {@code Query.claims}; null fields do not narrow. Ids arrive as the API's ID strings. */
public record ClaimFilter(List<VerificationState> states, String claimantId, String articleId, String search) {

    static final ClaimFilter NONE = new ClaimFilter(null, null, null, null);

    /**
     * The {@code filter} argument as graphql-java coerced it (states as the Java constants {@code GraphQlWiring}
     * binds, IDs as strings), read here rather than by Spring's argument binder: on Java 17 the binder's look-up
     * of a record's components at every call took 2 to 4 % of the CPU of the editorial page, the most requested
     * query (bench/README.md).
     */
    @SuppressWarnings("unchecked") // the schema's ClaimFilter input type fixes what each entry holds
    static ClaimFilter of(Map<String, Object> argument) {
        if (argument == null) {
            return NONE;
        }
        List<VerificationState> states = (List<VerificationState>) argument.get("states");
        return new ClaimFilter(states == null ? null : List.copyOf(states),
                (String) argument.get("claimantId"), (String) argument.get("articleId"),
                (String) argument.get("search"));
    }
}
