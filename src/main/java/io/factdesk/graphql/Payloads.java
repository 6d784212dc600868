package io.factdesk.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/** Turns the outcome of a mutation into its payload: the changed object, or the business rules' refusal. */
public final class Payloads {

    private Payloads() {
    }

    /**
     * Runs {@code change} (deferred, so that input checks that throw at once are reported too) and wraps its
     * result with {@code ok}; a {@link RejectedException} becomes the payload {@code rejected} makes of its errors.
     */
    public static <T, P> Mono<P> of(Supplier<Mono<T>> change, Function<T, P> ok,
            Function<List<UserError>, Mono<P>> rejected) {
        return Mono.defer(change).map(ok)
                .onErrorResume(RejectedException.class, refusal -> rejected.apply(refusal.errors()));
    }
}
