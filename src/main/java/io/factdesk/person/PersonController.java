package io.factdesk.person;

import java.util.concurrent.CompletableFuture;

import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimsOfClaimant;
import io.factdesk.graphql.Connection;
import io.factdesk.graphql.Ids;
import io.factdesk.graphql.PageRequest;
import io.factdesk.security.Actor;
import io.factdesk.security.Permissions;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Queries and mutations of speakers, and the fields of {@code Person}. */
@Controller
class PersonController {

    private final PersonService people;
    private final SpeakerMerge merge;

    PersonController(PersonService people, SpeakerMerge merge) {
        this.people = people;
        this.merge = merge;
    }

    @MutationMapping
    @PreAuthorize(Permissions.RECORD_SPEAKER)
    Mono<PersonPayload> createPerson(@Argument PersonInput input) {
        return PersonPayload.of(() -> this.people.create(input));
    }

    @MutationMapping
    @PreAuthorize(Permissions.EDIT)
    Mono<PersonPayload> updatePerson(@Argument String id, @Argument PersonInput input) {
        long personId = Ids.parse("id", id);
        return PersonPayload.of(() -> this.people.update(personId, input));
    }

    @MutationMapping
    @PreAuthorize(Permissions.EDIT)
    Mono<PersonPayload> mergePeople(@Argument String keepId, @Argument String mergeId,
            Authentication authentication) {
        long kept = Ids.parse("keepId", keepId);
        long merged = Ids.parse("mergeId", mergeId);
        return PersonPayload.of(() -> this.merge.merge(kept, merged, Actor.of(authentication)));
    }

    @QueryMapping
    @PreAuthorize(Permissions.MEMBER)
    Mono<Person> person(@Argument String id) {
        return this.people.findById(Ids.parse("id", id));
    }

    @QueryMapping
    @PreAuthorize(Permissions.MEMBER)
    Mono<Connection<Person>> people(@Argument Integer first, @Argument String after, @Argument String search) {
        return this.people.page(search, PageRequest.of(first, after));
    }

    @SchemaMapping
    CompletableFuture<Connection<Claim>> claims(Person person, @Argument Integer first, @Argument String after,
            DataLoader<ClaimsOfClaimant, Connection<Claim>> claimsOfClaimant) {
        return claimsOfClaimant.load(ClaimsOfClaimant.of(person.id(), PageRequest.of(first, after)));
    }
}
