package io.factdesk.verification;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.factdesk.article.Article;
import io.factdesk.article.ArticleService;
import io.factdesk.claim.Claim;
import io.factdesk.graphql.Batches;
import io.factdesk.person.Person;
import io.factdesk.person.PersonService;
import io.factdesk.person.SpeakerKind;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Exports published verdicts as schema.org ClaimReview JSON-LD, the markup search engines and fact-check
 * aggregators read (Google's fact-check markup: {@code claimReviewed}, {@code reviewRating} with
 * {@code alternateName}, {@code url}, {@code author}, {@code datePublished}, {@code itemReviewed}).
 */
@Service
public class ClaimReviews {

    private final VerificationService verification;
    private final ArticleService articles;
    private final PersonService people;
    private final ClaimReviewProperties properties;

    ClaimReviews(VerificationService verification, ArticleService articles, PersonService people,
            ClaimReviewProperties properties) {
        this.verification = verification;
        this.articles = articles;
        this.people = people;
        this.properties = properties;
    }

    /** The ClaimReview of each published claim among {@code claims}, loaded together; others have none. */
    public Mono<Map<Claim, Map<String, Object>>> of(List<Claim> claims) {
        List<Claim> published = claims.stream().filter(claim -> claim.state() == VerificationState.PUBLISHED)
                .toList();
        if (published.isEmpty()) {
            return Mono.just(Map.of());
        }
        return Mono.zip(this.verification.currentVerdictOf(Batches.ids(published, Claim::id)),
                        this.articles.findByIds(Batches.ids(published, Claim::articleId)),
                        this.people.findByIds(Batches.ids(published, Claim::claimantId)))
                .map(loaded -> {
                    Map<Claim, Map<String, Object>> reviews = new LinkedHashMap<>();
                    for (Claim claim : published) {
                        Verdict verdict = loaded.getT1().get(claim.id());
                        Article article = loaded.getT2().get(claim.articleId());
                        Person claimant = (claim.claimantId() == null) ? null : loaded.getT3().get(claim.claimantId());
                        if (verdict != null && verdict.publishedAt() != null) {
                            reviews.put(claim, review(claim, verdict, article, claimant));
                        }
                    }
                    return reviews;
                });
    }

    Map<String, Object> review(Claim claim, Verdict verdict, Article article, Person claimant) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", this.properties.reviewUrl().replace("{id}", Long.toString(claim.id())));
        review.put("claimReviewed", claim.text());
        review.put("datePublished", verdict.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        review.put("author", organization(this.properties.organizationName(), this.properties.organizationUrl()));
        review.put("reviewRating", rating(verdict.rating()));
        review.put("reviewBody", verdict.summary());
        review.put("itemReviewed", itemReviewed(article, claimant));
        return review;
    }

    private static Map<String, Object> rating(Rating rating) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@type", "Rating");
        if (rating.score() != null) {
            value.put("ratingValue", rating.score());
            value.put("bestRating", Rating.BEST);
            value.put("worstRating", Rating.WORST);
        }
        value.put("alternateName", rating.label());
        return value;
    }

    private static Map<String, Object> itemReviewed(Article article, Person claimant) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        if (claimant != null) {
            item.put("author", speaker(claimant));
        }
        item.put("datePublished", article.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        appearance.put("url", article.url());
        appearance.put("headline", article.headline());
        appearance.put("datePublished", article.publishedAt().toString());
        appearance.put("publisher", organization(article.outlet(), null));
        item.put("appearance", appearance);
        return item;
    }

    private static Map<String, Object> speaker(Person claimant) {
        Map<String, Object> author = new LinkedHashMap<>();
        boolean organization = claimant.kind() == SpeakerKind.ORGANIZATION;
        author.put("@type", organization ? "Organization" : "Person");
        author.put("name", claimant.name());
        if (!organization && claimant.role() != null) {
            author.put("jobTitle", claimant.role());
        }
        return author;
    }

    private static Map<String, Object> organization(String name, String url) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", name);
        if (url != null) {
            organization.put("url", url);
        }
        return organization;
    }
}
