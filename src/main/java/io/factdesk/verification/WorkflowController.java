package io.factdesk.verification;

import java.util.function.Supplier;

import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimPayload;
import io.factdesk.claim.ClaimService;
import io.factdesk.graphql.Ids;
import io.factdesk.security.Actor;
import io.factdesk.security.Permissions;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** The verification workflow's mutations. */
@Controller
class WorkflowController {

    private final WorkflowService workflow;
    private final ClaimService claims;

    WorkflowController(WorkflowService workflow, ClaimService claims) {
        this.workflow = workflow;
        this.claims = claims;
    }

    @MutationMapping
    @PreAuthorize(Permissions.EDIT)
    Mono<ClaimPayload> assignClaim(@Argument String claimId, @Argument String assigneeId,
            Authentication authentication) {
        long id = Ids.parse("claimId", claimId);
        return payload(id, () -> this.workflow.assign(id, Ids.parse("assigneeId", assigneeId), Actor.of(authentication)));
    }

    @MutationMapping
    @PreAuthorize(Permissions.TRANSITION)
    Mono<ClaimPayload> transitionClaim(@Argument String claimId, @Argument VerificationState to,
            @Argument String note, @Argument int expectedVersion, Authentication authentication) {
        long id = Ids.parse("claimId", claimId);
        return payload(id, () -> this.workflow.transition(id, to, note, expectedVersion, Actor.of(authentication)));
    }

    @MutationMapping
    @PreAuthorize(Permissions.CHECK)
    Mono<ClaimPayload> addEvidence(@Argument String claimId, @Argument EvidenceInput input,
            Authentication authentication) {
        long id = Ids.parse("claimId", claimId);
        return payload(id, () -> this.workflow.addEvidence(id, input, Actor.of(authentication)));
    }

    @MutationMapping
    @PreAuthorize(Permissions.CHECK)
    Mono<ClaimPayload> setVerdict(@Argument String claimId, @Argument Rating rating, @Argument String summary,
            @Argument int expectedVersion, Authentication authentication) {
        long id = Ids.parse("claimId", claimId);
        return payload(id, () -> this.workflow.setVerdict(id, rating, summary, expectedVersion, Actor.of(authentication)));
    }

    @MutationMapping
    @PreAuthorize(Permissions.EDIT)
    Mono<ClaimPayload> publishVerdict(@Argument String claimId, @Argument int expectedVersion,
            Authentication authentication) {
        long id = Ids.parse("claimId", claimId);
        return payload(id, () -> this.workflow.transition(id, VerificationState.PUBLISHED, null, expectedVersion,
                Actor.of(authentication)));
    }

    @MutationMapping
    @PreAuthorize(Permissions.EDIT)
    Mono<ClaimPayload> dismissClaim(@Argument String claimId, @Argument String note, @Argument int expectedVersion,
            Authentication authentication) {
        long id = Ids.parse("claimId", claimId);
        return payload(id, () -> this.workflow.transition(id, VerificationState.DISMISSED, note, expectedVersion,
                Actor.of(authentication)));
    }

    @MutationMapping
    @PreAuthorize(Permissions.EDIT)
    Mono<ClaimPayload> reopenClaim(@Argument String claimId, @Argument String note, @Argument int expectedVersion,
            Authentication authentication) {
        long id = Ids.parse("claimId", claimId);
        return payload(id, () -> this.workflow.reopen(id, note, expectedVersion, Actor.of(authentication)));
    }

    private Mono<ClaimPayload> payload(long claimId, Supplier<Mono<Claim>> change) {
        return ClaimPayload.of(change, () -> this.claims.findById(claimId));
    }
}
