package io.factdesk.verification;

import java.util.List;
import java.util.Set;

import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.graphql.InputCheck;
import io.factdesk.graphql.RejectedException;
import io.factdesk.graphql.UserErrorCode;
import io.factdesk.member.Member;
import io.factdesk.matching.MatchingService;
import io.factdesk.member.MemberService;
import io.factdesk.security.Actor;
import io.factdesk.security.NotPermittedException;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Carries out the verification workflow's changes. Each change runs in one transaction with its audit event; a
 * change made against a stale version, or refused by {@link ClaimWorkflow}, rolls back whole.
 */
@Service
public class WorkflowService {

    private final ClaimService claims;
    private final VerificationRepository verification;
    private final AuditTrail auditTrail;
    private final MemberService members;
    private final MatchingService matching;
    private final TransactionalOperator transactional;

    WorkflowService(ClaimService claims, VerificationRepository verification, AuditTrail auditTrail,
            MemberService members, MatchingService matching, TransactionalOperator transactional) {
        this.matching = matching;
        this.claims = claims;
        this.verification = verification;
        this.auditTrail = auditTrail;
        this.members = members;
        this.transactional = transactional;
    }

    public Mono<Claim> transition(long claimId, VerificationState to, String note, int expectedVersion,
            Actor actor) {
        new InputCheck().optional("note", note, 5000).orReject();
        return atVersion(claimId, expectedVersion)
                .flatMap(claim -> move(claim, to, note, actor))
                .as(this.transactional::transactional);
    }

    /** Back to work: a published claim for a correction, a dismissed one to be looked at again. */
    public Mono<Claim> reopen(long claimId, String note, int expectedVersion, Actor actor) {
        new InputCheck().optional("note", note, 5000).orReject();
        return atVersion(claimId, expectedVersion)
                .flatMap(claim -> {
                    VerificationState reopened = ClaimWorkflow.reopenedState(claim.state());
                    if (reopened == null) {
                        return Mono.error(new RejectedException(UserErrorCode.INVALID_TRANSITION,
                                "Only PUBLISHED or DISMISSED claims reopen; this one is " + claim.state(), "claimId"));
                    }
                    return move(claim, reopened, note, actor);
                })
                .as(this.transactional::transactional);
    }

    /** Proposes a verdict; an earlier one stays on file. */
    public Mono<Claim> setVerdict(long claimId, Rating rating, String summary, int expectedVersion, Actor actor) {
        new InputCheck().required("summary", summary, 5000).orReject();
        return atVersion(claimId, expectedVersion)
                .flatMap(claim -> enforce(ClaimWorkflow.mayRecordFindings(claim.state()), "claimId")
                        .then(this.claims.markChanged(claimId, expectedVersion))
                        .switchIfEmpty(Mono.defer(() -> conflict(claimId)))
                        .flatMap(changed -> this.verification.insertVerdict(claimId, rating, summary.strip(),
                                        actor.username())
                                .then(record(VerificationEvent.Entry.change(claimId, VerificationEventKind.VERDICT_SET,
                                        changed.state(), actor.username(), "rating " + rating), changed))))
                .as(this.transactional::transactional);
    }

    /** Adds evidence; appending needs no expected version, but still makes a new one. */
    public Mono<Claim> addEvidence(long claimId, EvidenceInput input, Actor actor) {
        new InputCheck()
                .url("input.url", input.url())
                .required("input.sourceName", input.sourceName(), 300)
                .optional("input.excerpt", input.excerpt(), 5000)
                .orReject();
        return existing(claimId)
                .flatMap(claim -> enforce(ClaimWorkflow.mayRecordFindings(claim.state()), "claimId")
                        .then(this.claims.markChanged(claimId, null)))
                .flatMap(changed -> this.verification.insertEvidence(claimId, input, actor.username())
                        .then(record(VerificationEvent.Entry.change(claimId, VerificationEventKind.EVIDENCE_ADDED,
                                changed.state(), actor.username(), input.stance() + ": " + input.sourceName()),
                                changed)))
                .as(this.transactional::transactional);
    }

    /**
     * Publishes for {@code claimId} the published verdict of {@code fromClaimId}, a claim the desk confirmed states
     * the same thing: a new verdict with the same rating and summary, published at once, and the claim PUBLISHED.
     */
    public Mono<Claim> adoptVerdict(long claimId, long fromClaimId, int expectedVersion, Actor actor) {
        return atVersion(claimId, expectedVersion)
                .zipWith(this.claims.findById(fromClaimId).switchIfEmpty(Mono.error(() -> new RejectedException(
                        UserErrorCode.NOT_FOUND, "No claim " + fromClaimId, "fromClaimId"))))
                .zipWith(this.matching.isConfirmed(claimId, fromClaimId))
                .flatMap(found -> adopt(found.getT1().getT1(), found.getT1().getT2(), found.getT2(), actor))
                .as(this.transactional::transactional);
    }

    private Mono<Claim> adopt(Claim claim, Claim source, boolean confirmed, Actor actor) {
        return enforce(ClaimWorkflow.mayAdoptVerdict(claim.state(), source.state(), confirmed, actor.roles()),
                        "fromClaimId")
                .then(this.verification.findCurrentVerdicts(List.of(source.id())).next())
                .flatMap(verdict -> this.claims.changeState(claim.id(), claim.version(), VerificationState.PUBLISHED)
                        .switchIfEmpty(Mono.defer(() -> conflict(claim.id())))
                        .flatMap(published -> this.verification.insertVerdict(claim.id(), verdict.rating(),
                                        verdict.summary(), actor.username())
                                .then(this.verification.publishNewestVerdict(claim.id()))
                                .then(this.auditTrail.record(VerificationEvent.Entry.transition(claim.id(),
                                        claim.state(), VerificationState.PUBLISHED, actor.username(), null)))
                                .then(record(VerificationEvent.Entry.change(claim.id(),
                                        VerificationEventKind.VERDICT_ADOPTED, VerificationState.PUBLISHED,
                                        actor.username(), "verdict " + verdict.rating() + " of claim " + source.id()),
                                        published))));
    }

    public Mono<Claim> assign(long claimId, long assigneeId, Actor actor) {
        return this.members.findById(assigneeId)
                .switchIfEmpty(Mono.error(() -> new RejectedException(UserErrorCode.NOT_FOUND,
                        "No desk member " + assigneeId, "assigneeId")))
                .zipWith(existing(claimId))
                .flatMap(found -> assign(found.getT2(), found.getT1(), actor))
                .as(this.transactional::transactional);
    }

    private Mono<Claim> assign(Claim claim, Member assignee, Actor actor) {
        return enforce(ClaimWorkflow.mayAssign(claim.state(), Set.copyOf(assignee.roles())), "assigneeId")
                .then(this.claims.assign(claim.id(), assignee.id()))
                .flatMap(assigned -> record(VerificationEvent.Entry.change(claim.id(), VerificationEventKind.ASSIGNED,
                        assigned.state(), actor.username(), "assigned to " + assignee.username()), assigned));
    }

    private Mono<Claim> move(Claim claim, VerificationState to, String note, Actor actor) {
        return this.verification.findFacts(claim.id())
                .map(facts -> ClaimWorkflow.decide(claim.state(), to, actor.roles(), facts))
                .flatMap(decision -> enforce(decision, "to"))
                .then(this.claims.changeState(claim.id(), claim.version(), to))
                .switchIfEmpty(Mono.defer(() -> conflict(claim.id())))
                .flatMap(moved -> publishIfPublished(moved)
                        .then(record(VerificationEvent.Entry.transition(claim.id(), claim.state(), to,
                                actor.username(), note), moved)));
    }

    private Mono<Verdict> publishIfPublished(Claim moved) {
        return (moved.state() == VerificationState.PUBLISHED) ? this.verification.publishNewestVerdict(moved.id())
                : Mono.empty();
    }

    private Mono<Claim> record(VerificationEvent.Entry entry, Claim changed) {
        return this.auditTrail.record(entry).thenReturn(changed);
    }

    private Mono<Claim> existing(long claimId) {
        return this.claims.findById(claimId)
                .switchIfEmpty(Mono.error(() -> new RejectedException(UserErrorCode.NOT_FOUND,
                        "No claim " + claimId, "claimId")));
    }

    /** The claim, if it is still at the version the caller read. */
    private Mono<Claim> atVersion(long claimId, int expectedVersion) {
        return existing(claimId).flatMap(claim -> (claim.version() == expectedVersion) ? Mono.just(claim)
                : Mono.error(versionConflict(claim.version(), expectedVersion)));
    }

    /** The claim changed between our read and our write: someone else's change won. */
    private Mono<Claim> conflict(long claimId) {
        return Mono.error(new RejectedException(UserErrorCode.VERSION_CONFLICT,
                "Claim " + claimId + " was changed by someone else meanwhile; read it again and retry",
                "expectedVersion"));
    }

    private static RejectedException versionConflict(int current, int expected) {
        return new RejectedException(UserErrorCode.VERSION_CONFLICT, "The claim is at version " + current
                + ", not " + expected + ": someone changed it since you read it", "expectedVersion");
    }

    private static Mono<Void> enforce(ClaimWorkflow.Decision decision, String path) {
        return switch (decision.outcome()) {
            case ALLOWED -> Mono.empty();
            case FORBIDDEN -> Mono.error(new NotPermittedException(decision.reason()));
            case INVALID -> Mono.error(new RejectedException(UserErrorCode.INVALID_TRANSITION, decision.reason(),
                    path));
        };
    }
}
