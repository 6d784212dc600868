package io.factdesk.person;

import java.util.List;

import io.factdesk.claim.ClaimService;
import io.factdesk.graphql.RejectedException;
import io.factdesk.graphql.UserErrorCode;
import io.factdesk.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Merges two records of the same speaker, losing nothing: the claims move (each move on the claim's audit trail),
 * details the kept record lacks are taken over, and the removed record is kept on file in {@code person_merge}.
 */
@Service
class SpeakerMerge {

    private final PersonRepository people;
    private final ClaimService claims;
    private final TransactionalOperator transactional;

    SpeakerMerge(PersonRepository people, ClaimService claims, TransactionalOperator transactional) {
        this.people = people;
        this.claims = claims;
        this.transactional = transactional;
    }

    Mono<Person> merge(long keepId, long mergeId, Actor actor) {
        if (keepId == mergeId) {
            return Mono.error(new RejectedException(UserErrorCode.VALIDATION, "A person cannot be merged into itself",
                    "mergeId"));
        }
        return find(keepId, "keepId").zipWith(find(mergeId, "mergeId"))
                .flatMap(found -> merge(found.getT1(), found.getT2(), actor))
                .as(this.transactional::transactional);
    }

    private Mono<Person> merge(Person kept, Person merged, Actor actor) {
        String detail = "speaker '" + merged.name() + "' (#" + merged.id() + ") merged into '" + kept.name()
                + "' (#" + kept.id() + ")";
        return this.claims.moveClaimsOfClaimant(merged.id(), kept.id(), actor.username(), detail)
                .count()
                .flatMap(moved -> this.people.recordMerge(kept, merged, moved, actor.username()))
                .then(this.people.delete(merged.id()))
                .then(this.people.fillGaps(kept.id(), merged));
    }

    private Mono<Person> find(long id, String path) {
        return this.people.findByIds(List.of(id)).next()
                .switchIfEmpty(Mono.error(() -> PersonService.notFound(id, path)));
    }
}
