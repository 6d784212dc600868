package io.factdesk.member;

import java.util.Arrays;
import java.util.Collection;

import io.factdesk.security.Role;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

@Repository
class MemberRepository {

    private static final String COLUMNS = "id, username, display_name, roles";

    private final DatabaseClient db;

    MemberRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Records the member, or brings their name and roles up to date with what their token now says. */
    Mono<Member> upsert(String username, String displayName, Collection<Role> roles) {
        return this.db.sql("""
                        INSERT INTO member (username, display_name, roles) VALUES (:username, :displayName, :roles)
                        ON CONFLICT (username) DO UPDATE
                            SET display_name = excluded.display_name, roles = excluded.roles, updated_at = now()
                            WHERE (member.display_name, member.roles) IS DISTINCT FROM (excluded.display_name, excluded.roles)
                        RETURNING\s""" + COLUMNS)
                .bind("username", username)
                .bind("displayName", displayName)
                .bind("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .map(MemberRepository::member)
                .one()
                .switchIfEmpty(Mono.defer(() -> findByUsername(username)));
    }

    Mono<Member> findByUsername(String username) {
        return this.db.sql("SELECT " + COLUMNS + " FROM member WHERE username = :username")
                .bind("username", username)
                .map(MemberRepository::member)
                .one();
    }

    Flux<Member> findByIds(Collection<Long> ids) {
        return this.db.sql("SELECT " + COLUMNS + " FROM member WHERE id = ANY(:ids)")
                .bind("ids", ids.toArray(Long[]::new))
                .map(MemberRepository::member)
                .all();
    }

    Flux<Member> findAll() {
        return this.db.sql("SELECT " + COLUMNS + " FROM member ORDER BY username")
                .map(MemberRepository::member)
                .all();
    }

    private static Member member(Readable row) {
        String[] roles = row.get("roles", String[].class);
        return new Member(row.get("id", Long.class), row.get("username", String.class),
                row.get("display_name", String.class), Arrays.stream(roles).map(Role::valueOf).toList());
    }
}
