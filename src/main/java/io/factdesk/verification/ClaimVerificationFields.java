package io.factdesk.verification;

import io.factdesk.claim.Claim;
import io.factdesk.graphql.BatchLoadedField;
import io.factdesk.graphql.Batches;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The verification fields of {@code Claim} that a page of claims reads in its own statement (see {@code Prefetch}). */
@Configuration(proxyBeanMethods = false)
class ClaimVerificationFields {

    @Bean
    BatchLoadedField<Claim, Integer> claimEvidenceCount(VerificationService verification) {
        return new BatchLoadedField<Claim, Integer>("Claim", "evidenceCount", Integer.class, claims -> verification
                .evidenceCountOf(Batches.ids(claims, Claim::id))
                .map(byClaim -> Batches.alignedTo(claims, Claim::id, byClaim, 0)))
                .joinedInPages(verification.evidenceCountJoin("evidenceCount", "id"));
    }
}
