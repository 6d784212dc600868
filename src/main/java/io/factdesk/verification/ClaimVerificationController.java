package io.factdesk.verification;

import java.util.List;
import java.util.Map;

import io.factdesk.claim.Claim;
import io.factdesk.graphql.Batches;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The verification fields of {@code Claim}, each loaded for a whole page of claims in one statement. */
@Controller
class ClaimVerificationController {

    private final VerificationService verification;
    private final ClaimReviews claimReviews;

    ClaimVerificationController(VerificationService verification, ClaimReviews claimReviews) {
        this.verification = verification;
        this.claimReviews = claimReviews;
    }

    @BatchMapping
    Mono<Map<Claim, Map<String, Object>>> claimReview(List<Claim> claims) {
        return this.claimReviews.of(claims);
    }

    @BatchMapping
    Mono<Map<Claim, List<Evidence>>> evidence(List<Claim> claims) {
        return this.verification.evidenceOf(Batches.ids(claims, Claim::id))
                .map(byClaim -> Batches.pair(claims, Claim::id, byClaim, List.of()));
    }

    @BatchMapping
    Mono<Map<Claim, List<VerificationEvent>>> history(List<Claim> claims) {
        return this.verification.historyOf(Batches.ids(claims, Claim::id))
                .map(byClaim -> Batches.pair(claims, Claim::id, byClaim, List.of()));
    }

    @BatchMapping
    Mono<Map<Claim, List<Verdict>>> verdicts(List<Claim> claims) {
        return this.verification.verdictsOf(Batches.ids(claims, Claim::id))
                .map(byClaim -> Batches.pair(claims, Claim::id, byClaim, List.of()));
    }

    @BatchMapping
    Mono<Map<Claim, Verdict>> verdict(List<Claim> claims) {
        return this.verification.currentVerdictOf(Batches.ids(claims, Claim::id))
                .map(byClaim -> Batches.pair(claims, Claim::id, byClaim));
    }
}
