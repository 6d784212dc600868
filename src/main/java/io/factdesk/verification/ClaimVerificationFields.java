package io.factdesk.verification;

import io.factdesk.claim.Claim;
import io.factdesk.graphql.BatchLoadedField;
import io.factdesk.graphql.Batches;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The verification fields of {@code Claim} that a page of claims can load with the page (see {@code Prefetch}). */
@Configuration(proxyBeanMethods = false)
class ClaimVerificationFields {

    @Bean
    BatchLoadedField<Claim, Integer> claimEvidenceCount(VerificationService verification) {
        return new BatchLoadedField<>("Claim", "evidenceCount", Integer.class, claims -> verification
                .evidenceCountOf(Batches.ids(claims, Claim::id))
                .map(byClaim -> Batches.alignedTo(claims, Claim::id, byClaim, 0)));
    }
}
