package io.factdesk.member;

import java.util.List;
import java.util.Map;

import io.factdesk.claim.Claim;
import io.factdesk.graphql.Batches;
import io.factdesk.security.Actor;
import io.factdesk.security.Permissions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Who is on the desk: the caller, the members, and who works on a claim. */
@Controller
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @QueryMapping
    @PreAuthorize(Permissions.MEMBER)
    Mono<Member> me(Authentication authentication) {
        return this.members.recordActor(Actor.of(authentication));
    }

    @QueryMapping
    @PreAuthorize(Permissions.MEMBER)
    Flux<Member> members() {
        return this.members.findAll();
    }

    @BatchMapping(typeName = "Claim")
    Mono<Map<Claim, Member>> assignee(List<Claim> claims) {
        return this.members.findByIds(Batches.ids(claims, Claim::assigneeId))
                .map(byId -> Batches.pair(claims, Claim::assigneeId, byId));
    }
}
