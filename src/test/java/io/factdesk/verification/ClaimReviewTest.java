package io.factdesk.verification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed article's "five million artillery shells" claim goes from ingest to PUBLISHED through the workflow,
 * and its verdict reads as the ClaimReview Google's fact-check markup asks for.
 */
@IntegrationTest
class ClaimReviewTest {

    @Autowired
    Desk desk;

    @Autowired
    WebTestClient web;

    @Test
    @SuppressWarnings("unchecked")
    void theFiveMillionShellsClaimIsCheckedPublishedAndExported() throws IOException {
        HttpGraphQlTester reporter = this.desk.as("rita", Role.REPORTER);
        HttpGraphQlTester checker = this.desk.as("carl", Role.CHECKER);
        HttpGraphQlTester editor = this.desk.as("edith", Role.EDITOR);
        String url = "https://factdesk.example/seed-copy/" + TestData.token();
        String id = ingestSeedArticle(reporter, url);
        int version = 0;

        version = step(checker, "transitionClaim(claimId: $id, to: IN_PROGRESS, note: \"Checking\", expectedVersion: $v)",
                id, version);
        version = step(checker, """
                addEvidence(claimId: $id, input: {url: "https://www.bloomberg.com/news/shin-wonsik-interview",
                  sourceName: "Bloomberg News", excerpt: "Shin said the containers could hold about 5 million shells.",
                  stance: SUPPORTS})""", id, version);
        version = step(checker, """
                setVerdict(claimId: $id, rating: MOSTLY_TRUE, expectedVersion: $v,
                  summary: "South Korea counted the containers; their content is an upper estimate.")""", id, version);
        version = step(checker, "transitionClaim(claimId: $id, to: IN_REVIEW, expectedVersion: $v)", id, version);
        step(editor, "publishVerdict(claimId: $id, expectedVersion: $v)", id, version);

        Map<String, Object> review = checker.document("query ($id: ID!) { claim(id: $id) { state claimReview } }")
                .variable("id", id)
                .execute()
                .path("claim.state").entity(String.class).isEqualTo("PUBLISHED")
                .path("claim.claimReview").entity(Map.class).get();
        assertGoogleFactCheckFields(review, id, url);

        Map<?, ?> served = this.web.get().uri("/claim-reviews/{id}", id).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/ld+json")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(served).isEqualTo(review);

        Map<?, ?> feed = this.web.get().uri("/claim-reviews?first=100").exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(feed.get("@type")).isEqualTo("DataFeed");
        assertThat((List<Object>) feed.get("dataFeedElement")).contains(review);
    }

    @Test
    void anUnpublishedClaimHasNoClaimReview() {
        String id = this.desk.as(Role.CHECKER).document("{ claims(first: 1, filter: {states: [NEW]}) { edges { node { id } } } }")
                .execute().path("claims.edges[0].node.id").entity(String.class).get();

        this.desk.as(Role.CHECKER).document("query ($id: ID!) { claim(id: $id) { claimReview } }")
                .variable("id", id)
                .execute()
                .path("claim.claimReview").valueIsNull();
        this.web.get().uri("/claim-reviews/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void theFeedRefusesBadArgumentsClearly() {
        this.web.get().uri("/claim-reviews?first=1000").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.argument").isEqualTo("first");
        this.web.get().uri("/claim-reviews/abc").exchange().expectStatus().isBadRequest();
    }

    @SuppressWarnings("unchecked")
    private static void assertGoogleFactCheckFields(Map<String, Object> review, String id, String articleUrl) {
        assertThat(review).containsEntry("@context", "https://schema.org").containsEntry("@type", "ClaimReview");
        assertThat(review.get("claimReviewed")).asString().contains("almost five million artillery shells");
        assertThat(review.get("url")).isEqualTo("https://factdesk.example/fact-checks/" + id);
        assertThat(review.get("datePublished")).asString().matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat((Map<String, Object>) review.get("author"))
                .containsEntry("@type", "Organization").containsEntry("name", "factdesk");
        assertThat((Map<String, Object>) review.get("reviewRating"))
                .containsEntry("@type", "Rating").containsEntry("alternateName", "Mostly true")
                .containsEntry("ratingValue", 5).containsEntry("bestRating", 6).containsEntry("worstRating", 1);
        Map<String, Object> item = (Map<String, Object>) review.get("itemReviewed");
        assertThat(item).containsEntry("@type", "Claim").containsEntry("datePublished", "2024-06-19");
        assertThat((Map<String, Object>) item.get("author"))
                .containsEntry("@type", "Person").containsEntry("name", "Shin Wonsik")
                .containsEntry("jobTitle", "Defense Minister");
        assertThat((Map<String, Object>) item.get("appearance"))
                .containsEntry("@type", "CreativeWork")
                .containsEntry("url", articleUrl);
    }

    /** A reporter ingests the seed article with its lead claim, attributed to Shin Wonsik; returns the claim's id. */
    private static String ingestSeedArticle(HttpGraphQlTester reporter, String url) throws IOException {
        String body = new ClassPathResource("demo/north-korea-munitions-article.txt")
                .getContentAsString(StandardCharsets.UTF_8);
        String claim = body.substring(body.indexOf("South Korea’s defense minister"),
                body.indexOf("artillery shells.") + "artillery shells.".length());
        String shin = reporter.document("{ people(search: \"Shin Wonsik\") { edges { node { id } } } }")
                .execute().path("people.edges[0].node.id").entity(String.class).get();
        return reporter.document("""
                        mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) {
                          claims { id state } userErrors { code message } } }""")
                .variable("input", Map.of("headline", "Putin’s shopping list", "byline", "Jim Morris",
                        "outlet", "Seed copy " + TestData.token(), "url", url, "publishedAt", "2024-06-19T12:00:00Z", "body", body,
                        "claims", List.of(Map.of("text", claim, "claimantId", shin,
                                "span", Map.of("start", body.indexOf(claim), "end", body.indexOf(claim) + claim.length())))))
                .execute()
                .path("ingestArticle.userErrors").entityList(Object.class).hasSize(0)
                .path("ingestArticle.claims[0].state").entity(String.class).isEqualTo("NEW")
                .path("ingestArticle.claims[0].id").entity(String.class).get();
    }

    /** Runs one workflow mutation and returns the claim's new version. */
    private static int step(HttpGraphQlTester member, String mutation, String id, int version) {
        String field = mutation.substring(0, mutation.indexOf('(')).strip();
        String variables = mutation.contains("$v") ? "$id: ID!, $v: Int!" : "$id: ID!";
        var response = member.document("mutation (" + variables + ") { " + mutation
                        + " { claim { version } userErrors { code message } } }")
                .variable("id", id)
                .variable("v", version)
                .execute();
        response.path(field + ".userErrors").entityList(Object.class).hasSize(0);
        return response.path(field + ".claim.version").entity(Integer.class).get();
    }
}
