package io.factdesk.person;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;

import io.factdesk.db.LateralJoin;
import io.factdesk.db.Projection;
import io.factdesk.db.SqlConditions;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

    /**
     * What the fields of GraphQL's {@code Person} are read from ({@code claims} loads by id); {@code kind} is always
     * read because the mapper parses it, {@code created_at} is shown by no field.
     */
    private static final Projection SHOWN = Projection.alwaysReading("id", "kind")
            .field("id").field("kind").field("claims")
            .field("name", "name").field("role", "role").field("affiliation", "affiliation")
            .unshown("created_at");

    private static final String COLUMNS = SHOWN.columns();

    private final DatabaseClient db;

    PersonRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<Person> findByIds(Collection<Long> ids) {
        return this.db.sql("SELECT " + COLUMNS + " FROM person WHERE id = ANY(:ids)")
                .bind("ids", ids.toArray(Long[]::new))
                .map(PersonRepository::person)
                .all();
    }

    /** The speakers on file under any of these names, ignoring case, oldest first. */
    Flux<Person> findByNames(Collection<String> names) {
        return this.db.sql("SELECT " + COLUMNS + " FROM person WHERE lower(name) = ANY(:names) ORDER BY id")
                .bind("names", names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toArray(String[]::new))
                .map(PersonRepository::person)
                .all();
    }

    Flux<Person> findByName(String name) {
        return this.db.sql("SELECT " + COLUMNS + " FROM person WHERE lower(name) = lower(:name) ORDER BY id")
                .bind("name", name)
                .map(PersonRepository::person)
                .all();
    }

    /**
     * By name, then id; {@code nameContains} matches any part of the name, ignoring case (served by the trigram
     * index). {@code afterId} is the last person already seen: its sort key is read from the table, so that the
     * page boundary uses PostgreSQL's own lower-casing.
     */
    Flux<Person> findPage(String nameContains, Long afterId, int limit) {
        SqlConditions conditions = new SqlConditions()
                .addPlannedPerValue("lower(name) LIKE :pattern", "pattern", likePattern(nameContains))
                .add("(lower(name), id) > (SELECT lower(name), id FROM person WHERE id = :afterId)",
                        "afterId", afterId);
        String sql = "SELECT " + COLUMNS + " FROM person " + conditions.where()
                + " ORDER BY lower(name), id " + conditions.limit(limit);
        return conditions.bind(this.db.sql(sql))
                .map(PersonRepository::person)
                .all();
    }

    Mono<Person> insert(NewPerson person) {
        return this.db.sql("""
                        INSERT INTO person (name, kind, role, affiliation)
                        VALUES (:name, :kind, :role, :affiliation)
                        RETURNING\s""" + COLUMNS)
                .bind("name", person.name())
                .bind("kind", person.kind().name())
                .bind("role", Parameter.fromOrEmpty(person.role(), String.class))
                .bind("affiliation", Parameter.fromOrEmpty(person.affiliation(), String.class))
                .map(PersonRepository::person)
                .one();
    }

    /** Changes the fields given; null fields keep their value. */
    Mono<Person> update(long id, PersonInput change) {
        return this.db.sql("""
                        UPDATE person SET name = coalesce(:name, name), kind = coalesce(:kind, kind),
                            role = coalesce(:role, role), affiliation = coalesce(:affiliation, affiliation)
                        WHERE id = :id
                        RETURNING\s""" + COLUMNS)
                .bind("id", id)
                .bind("name", Parameter.fromOrEmpty(change.name() == null ? null : change.name().strip(), String.class))
                .bind("kind", Parameter.fromOrEmpty(change.kind() == null ? null : change.kind().name(), String.class))
                .bind("role", Parameter.fromOrEmpty(change.role(), String.class))
                .bind("affiliation", Parameter.fromOrEmpty(change.affiliation(), String.class))
                .map(PersonRepository::person)
                .one();
    }

    /** Keeps the merged record's details where the kept one has none. */
    Mono<Person> fillGaps(long keptId, Person merged) {
        return this.db.sql("""
                        UPDATE person SET role = coalesce(role, :role), affiliation = coalesce(affiliation, :affiliation)
                        WHERE id = :id
                        RETURNING\s""" + COLUMNS)
                .bind("id", keptId)
                .bind("role", Parameter.fromOrEmpty(merged.role(), String.class))
                .bind("affiliation", Parameter.fromOrEmpty(merged.affiliation(), String.class))
                .map(PersonRepository::person)
                .one();
    }

    Mono<Void> recordMerge(Person kept, Person merged, long claimsMoved, String actor) {
        return this.db.sql("""
                        INSERT INTO person_merge (kept_id, merged_id, merged_name, merged_kind, merged_role,
                                                  merged_affiliation, claims_moved, actor)
                        VALUES (:keptId, :mergedId, :name, :kind, :role, :affiliation, :claimsMoved, :actor)""")
                .bind("keptId", kept.id())
                .bind("mergedId", merged.id())
                .bind("name", merged.name())
                .bind("kind", merged.kind().name())
                .bind("role", Parameter.fromOrEmpty(merged.role(), String.class))
                .bind("affiliation", Parameter.fromOrEmpty(merged.affiliation(), String.class))
                .bind("claimsMoved", (int) claimsMoved)
                .bind("actor", actor)
                .then();
    }

    Mono<Void> delete(long id) {
        return this.db.sql("DELETE FROM person WHERE id = :id").bind("id", id).then();
    }

    /** The search text is taken literally: LIKE's wildcards in it match themselves. */
    private static String likePattern(String nameContains) {
        if (nameContains == null || nameContains.isBlank()) {
            return null;
        }
        String escaped = nameContains.strip().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** The person whose id is the page's {@code pageColumn}, read by the page's statement. */
    static LateralJoin<Person> joinOnId(String alias, String pageColumn) {
        return LateralJoin.rowOf(alias, "person", SHOWN, "id", pageColumn, PersonRepository::person);
    }

    private static Person person(Readable row) {
        return new Person(row.get("id", Long.class), row.get("name", String.class),
                SpeakerKind.valueOf(row.get("kind", String.class)), row.get("role", String.class),
                row.get("affiliation", String.class), row.get("created_at", Instant.class));
    }
}
