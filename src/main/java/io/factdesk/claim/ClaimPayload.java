package io.factdesk.claim;

import java.util.List;
import java.util.function.Supplier;

import io.factdesk.graphql.Payloads;
import io.factdesk.graphql.UserError;
import reactor.core.publisher.Mono;

/** The outcome of a mutation of one claim: the claim, or why the change was refused. */
public record ClaimPayload(Claim claim, List<UserError> userErrors) {

    public static ClaimPayload ok(Claim claim) {
        return new ClaimPayload(claim, List.of());
    }

    /**
     * Runs a change; if a business rule refuses it, reports the refusal with the claim as it stands after the
     * rollback ({@code current}), so that the client can show the fresh version.
     */
    public static Mono<ClaimPayload> of(Supplier<Mono<Claim>> change, Supplier<Mono<Claim>> current) {
        return Payloads.of(change, ClaimPayload::ok, errors -> current.get()
                .map(claim -> new ClaimPayload(claim, errors))
                .defaultIfEmpty(new ClaimPayload(null, errors)));
    }
}
