package io.factdesk.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import io.factdesk.graphql.InvalidArgumentException;
import io.factdesk.graphql.RejectedException;
import io.factdesk.graphql.UserErrorCode;
import io.factdesk.security.Actor;
import io.factdesk.verification.AuditTrail;
import io.factdesk.verification.VerificationEvent;
import io.factdesk.verification.VerificationEventKind;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Finds the claims on file that state the same thing, and records the desk's decisions on them. */
@Service
public class MatchingService {

    static final int MAX_TEXT = 5000;
    static final int MAX_MATCHES = 50;

    private final MatchRepository matches;
    private final ClaimService claims;
    private final AuditTrail auditTrail;
    private final TransactionalOperator transactional;

    MatchingService(MatchRepository matches, ClaimService claims, AuditTrail auditTrail,
            TransactionalOperator transactional) {
        this.matches = matches;
        this.claims = claims;
        this.auditTrail = auditTrail;
        this.transactional = transactional;
    }

    /** The claims on file most like {@code text}, best first. */
    public Mono<List<ClaimMatch>> match(String text, int first, double minScore) {
        if (text.isBlank() || text.length() > MAX_TEXT) {
            return Mono.error(new InvalidArgumentException("text", "'text' must be 1 to " + MAX_TEXT
                    + " characters, got " + text.length()));
        }
        return this.matches.matchText(ClaimText.normalize(text), minScore, bounded(first)).collectList();
    }

    /** The best match of each claim, for many claims in one statement; claims without one are left out. */
    public Mono<Map<Long, List<ClaimMatch>>> similarTo(Collection<Long> claimIds, int first, double minScore) {
        return this.matches.matchClaims(claimIds, minScore, bounded(first))
                .collect(LinkedHashMap::new, (byClaim, sourced) -> byClaim
                        .computeIfAbsent(sourced.sourceId(), id -> new ArrayList<ClaimMatch>())
                        .add(sourced.match()));
    }

    /** Confirms (CONFIRMED) or rejects (REJECTED) that two claims state the same thing, on both trails. */
    public Mono<Claim> decide(long claimId, long otherClaimId, boolean same, String note, Actor actor) {
        if (claimId == otherClaimId) {
            return Mono.error(new RejectedException(UserErrorCode.VALIDATION, "A claim is not linked to itself",
                    "otherClaimId"));
        }
        String status = same ? "CONFIRMED" : "REJECTED";
        VerificationEventKind kind = same ? VerificationEventKind.LINKED : VerificationEventKind.UNLINKED;
        return existing(claimId, "claimId").zipWith(existing(otherClaimId, "otherClaimId"))
                .flatMap(pair -> this.matches.saveLink(claimId, otherClaimId, status, actor.username(), note)
                        .then(this.auditTrail.record(VerificationEvent.Entry.change(claimId, kind,
                                pair.getT1().state(), actor.username(), status.toLowerCase() + " with claim "
                                        + otherClaimId)))
                        .then(this.auditTrail.record(VerificationEvent.Entry.change(otherClaimId, kind,
                                pair.getT2().state(), actor.username(), status.toLowerCase() + " with claim "
                                        + claimId)))
                        .thenReturn(pair.getT1()))
                .as(this.transactional::transactional);
    }

    /** Whether the desk confirmed that the two claims state the same thing. */
    public Mono<Boolean> isConfirmed(long claimId, long otherClaimId) {
        return this.matches.linkStatus(claimId, otherClaimId).map("CONFIRMED"::equals).defaultIfEmpty(false);
    }

    private Mono<Claim> existing(long claimId, String path) {
        return this.claims.findById(claimId).switchIfEmpty(Mono.error(() -> new RejectedException(
                UserErrorCode.NOT_FOUND, "No claim " + claimId, path)));
    }

    Flux<Long> claimsToIndex(int batch) {
        return this.matches.claimsWithoutText(batch);
    }

    private static int bounded(int first) {
        if (first < 1 || first > MAX_MATCHES) {
            throw new InvalidArgumentException("first", "'first' must be between 1 and " + MAX_MATCHES
                    + ", got " + first);
        }
        return first;
    }
}
