package io.factdesk.verification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factdesk.claim-review.*}: who publishes the desk's fact checks, and where each one is read.
 *
 * @param organizationName the desk's organization, the ClaimReview's {@code author}
 * @param organizationUrl its home page
 * @param reviewUrl where the fact check of a claim is published; {@code {id}} stands for the claim's id
 */
@ConfigurationProperties("factdesk.claim-review")
public record ClaimReviewProperties(@DefaultValue("factdesk") String organizationName,
        @DefaultValue("https://factdesk.example") String organizationUrl,
        @DefaultValue("https://factdesk.example/fact-checks/{id}") String reviewUrl) {
}
