package io.factdesk.member;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.factdesk.security.Actor;
import io.factdesk.security.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/** The desk's members; the way other features reach them. */
@Service
public class MemberService {

    private final MemberRepository members;

    MemberService(MemberRepository members) {
        this.members = members;
    }

    /** The member record of whoever acts now, created on their first request and kept in step with their token. */
    public Mono<Member> recordActor(Actor actor) {
        return this.members.upsert(actor.username(), actor.displayName(), actor.roles());
    }

    public Mono<Member> record(String username, String displayName, List<Role> roles) {
        return this.members.upsert(username, displayName, roles);
    }

    public Mono<Member> findById(long id) {
        return this.members.findByIds(List.of(id)).next();
    }

    public Mono<Member> findByUsername(String username) {
        return this.members.findByUsername(username);
    }

    public Mono<Map<Long, Member>> findByIds(Collection<Long> ids) {
        return this.members.findByIds(ids).collectMap(Member::id, Function.identity());
    }

    public Flux<Member> findAll() {
        return this.members.findAll();
    }
}
