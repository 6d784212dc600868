package io.factdesk.person;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.factdesk.db.LateralJoin;
import io.factdesk.graphql.Connection;
import io.factdesk.graphql.Cursor;
import io.factdesk.graphql.PageRequest;
import io.factdesk.graphql.RejectedException;
import io.factdesk.graphql.UserErrorCode;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/** Reads and records the speakers claims are attributed to; the way other features reach them. */
@Service
public class PersonService {

    private static final String CURSOR_KIND = "person";

    private final PersonRepository people;

    PersonService(PersonRepository people) {
        this.people = people;
    }

    public Mono<Person> findById(long id) {
        return this.people.findByIds(List.of(id)).next();
    }

    /** The person whose id is the {@code pageColumn} of each row of a page, read by the page's statement. */
    public LateralJoin<Person> joinOnId(String alias, String pageColumn) {
        return PersonRepository.joinOnId(alias, pageColumn);
    }

    public Mono<Map<Long, Person>> findByIds(Collection<Long> ids) {
        return this.people.findByIds(ids).collectMap(Person::id, Function.identity());
    }

    /** The oldest speaker on file under each of these names, keyed by the lower-cased name. */
    public Mono<Map<String, Person>> findByNames(Collection<String> names) {
        if (names.isEmpty()) {
            return Mono.just(Map.of());
        }
        return this.people.findByNames(names)
                .collect(LinkedHashMap::new, (byName, person) -> byName.putIfAbsent(
                        person.name().toLowerCase(Locale.ROOT), person));
    }

    /** The speaker on file under this name (ignoring case), or a new record of it: no duplicate speakers. */
    public Mono<Person> findOrCreate(NewPerson person) {
        return findByName(person.name()).next().switchIfEmpty(Mono.defer(() -> create(person)));
    }

    /** Speakers recorded under this name, ignoring case, oldest first. */
    public Flux<Person> findByName(String name) {
        return this.people.findByName(name);
    }

    public Mono<Connection<Person>> page(String search, PageRequest page) {
        Cursor after = page.afterCursor(CURSOR_KIND, 1);
        Long afterId = (after == null) ? null : after.longKey(0);
        return this.people.findPage(search, afterId, page.limitWithLookahead())
                .collectList()
                .map(rows -> Connection.of(rows, page, p -> Cursor.of(CURSOR_KIND, p.id())));
    }

    public Mono<Person> create(NewPerson person) {
        return this.people.insert(person);
    }

    /** {@code createPerson}: checks the input, then records the speaker. */
    public Mono<Person> create(PersonInput input) {
        input.check(true).orReject();
        SpeakerKind kind = (input.kind() == null) ? SpeakerKind.PERSON : input.kind();
        return create(new NewPerson(input.name().strip(), kind, input.role(), input.affiliation()));
    }

    /** {@code updatePerson}: changes the fields given. */
    public Mono<Person> update(long id, PersonInput change) {
        change.check(false).orReject();
        return this.people.update(id, change)
                .switchIfEmpty(Mono.error(() -> notFound(id, "id")));
    }

    static RejectedException notFound(long id, String path) {
        return new RejectedException(UserErrorCode.NOT_FOUND, "No person " + id, path);
    }
}
