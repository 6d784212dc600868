package io.factdesk.person;

import java.util.List;
import java.util.function.Supplier;

import io.factdesk.graphql.Payloads;
import io.factdesk.graphql.UserError;
import reactor.core.publisher.Mono;

/** The outcome of a mutation of a speaker record. */
public record PersonPayload(Person person, List<UserError> userErrors) {

    static Mono<PersonPayload> of(Supplier<Mono<Person>> change) {
        return Payloads.of(change, person -> new PersonPayload(person, List.of()),
                errors -> Mono.just(new PersonPayload(null, errors)));
    }
}
