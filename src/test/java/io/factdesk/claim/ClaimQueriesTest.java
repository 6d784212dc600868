package io.factdesk.claim;

import java.util.ArrayList;
import java.util.List;

import io.factdesk.article.Article;
import io.factdesk.person.Person;
import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ClaimQueriesTest {

    @Autowired
    Desk desk;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void signIn() {
        this.graphQl = this.desk.as(Role.CHECKER);
    }

    @Autowired
    TestData data;

    @Test
    void readsAClaimWithEverythingTheDeskKnowsOfIt() {
        Article article = this.data.article("Claims " + TestData.token(), "Intro. The minister said 5 million shells left.");
        Person minister = this.data.person("Minister " + TestData.token());
        Claim claim = this.data.claim(article, "The minister said 5 million shells left.", minister);
        this.data.evidence(claim, "Ministry records");
        this.data.evidence(claim, "Satellite images");
        this.data.verdict(claim, "MOSTLY_TRUE", "Roughly right.");

        var response = this.graphQl.document("""
                        query ($id: ID!) {
                          claim(id: $id) {
                            id text state checkWorthiness version span { start end }
                            article { id } claimant { name }
                            evidence { sourceName stance addedBy } evidenceCount
                            history { fromState toState actor }
                            verdict { rating summary givenBy publishedAt }
                          }
                        }""")
                .variable("id", claim.id())
                .execute();

        response.path("claim.text").entity(String.class).isEqualTo("The minister said 5 million shells left.")
                .path("claim.state").entity(String.class).isEqualTo("NEW")
                .path("claim.version").entity(Integer.class).isEqualTo(0)
                .path("claim.span.start").entity(Integer.class).isEqualTo(7)
                .path("claim.span.end").entity(Integer.class).isEqualTo(47)
                .path("claim.article.id").entity(Long.class).isEqualTo(article.id())
                .path("claim.claimant.name").entity(String.class).isEqualTo(minister.name())
                .path("claim.evidence[*].sourceName").entityList(String.class)
                .containsExactly("Ministry records", "Satellite images")
                .path("claim.evidenceCount").entity(Integer.class).isEqualTo(2)
                .path("claim.history[0].fromState").valueIsNull()
                .path("claim.history[0].toState").entity(String.class).isEqualTo("NEW")
                .path("claim.history[0].actor").entity(String.class).isEqualTo("test")
                .path("claim.verdict.rating").entity(String.class).isEqualTo("MOSTLY_TRUE")
                .path("claim.verdict.publishedAt").valueIsNull();
    }

    @Test
    void aClaimWithoutSpeakerOrVerdictHasNullsThere() {
        Article article = this.data.article("Claims " + TestData.token(), "Shells were sent.");
        Claim claim = this.data.claim(article, "Shells were sent.", null);

        this.graphQl.document("query ($id: ID!) { claim(id: $id) { claimant { id } verdict { rating } evidence { id } } }")
                .variable("id", claim.id())
                .execute()
                .path("claim.claimant").valueIsNull()
                .path("claim.verdict").valueIsNull()
                .path("claim.evidence").entityList(Object.class).hasSize(0);
    }

    @Test
    void anUnknownClaimIsNull() {
        this.graphQl.document("{ claim(id: \"987654321\") { id } }").execute().path("claim").valueIsNull();
    }

    @Test
    void filtersClaimsByArticleSpeakerAndText() {
        Article article = this.data.article("Claims " + TestData.token(),
                "Russia fired 50 missiles. Factories run at 30 percent capacity. Drones were supplied.");
        Person speaker = this.data.person("Speaker " + TestData.token());
        this.data.claim(article, "Russia fired 50 missiles.", speaker);
        this.data.claim(article, "Factories run at 30 percent capacity.", speaker);
        this.data.claim(article, "Drones were supplied.", null);

        this.graphQl.document("""
                        query ($article: ID, $speaker: ID) {
                          claims(filter: {articleId: $article, claimantId: $speaker, states: [NEW]}) { edges { node { text } } }
                        }""")
                .variable("article", article.id())
                .variable("speaker", speaker.id())
                .execute()
                .path("claims.edges[*].node.text").entityList(String.class)
                .containsExactly("Factories run at 30 percent capacity.", "Russia fired 50 missiles.");

        this.graphQl.document("""
                        query ($article: ID) {
                          claims(filter: {articleId: $article, search: "missile"}) { edges { node { text } } }
                        }""")
                .variable("article", article.id())
                .execute()
                .path("claims.edges[*].node.text").entityList(String.class).containsExactly("Russia fired 50 missiles.");

        this.graphQl.document("""
                        query ($article: ID) {
                          claims(filter: {articleId: $article, states: [PUBLISHED, DISMISSED]}) { edges { node { text } } }
                        }""")
                .variable("article", article.id())
                .execute()
                .path("claims.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void pagesThroughClaimsNewestFirst() {
        Article article = this.data.article("Claims " + TestData.token(), "One. Two. Three. Four. Five.");
        for (String text : List.of("One.", "Two.", "Three.", "Four.", "Five.")) {
            this.data.claim(article, text, null);
        }

        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNextPage = true;
        while (hasNextPage) {
            var response = this.graphQl.document("""
                            query ($article: ID, $after: String) {
                              claims(first: 2, after: $after, filter: {articleId: $article}) {
                                edges { node { text } } pageInfo { hasNextPage endCursor }
                              }
                            }""")
                    .variable("article", article.id())
                    .variable("after", after)
                    .execute();
            seen.addAll(response.path("claims.edges[*].node.text").entityList(String.class).get());
            hasNextPage = response.path("claims.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("claims.pageInfo.endCursor").entity(String.class).get();
        }

        assertThat(seen).containsExactly("Five.", "Four.", "Three.", "Two.", "One.");
    }

    @Test
    void resumesAfterTheCursorOfAnyEdge() {
        Article article = this.data.article("Edges " + TestData.token(), "One. Two. Three.");
        for (String text : List.of("One.", "Two.", "Three.")) {
            this.data.claim(article, text, null);
        }
        String page = """
                query ($article: ID, $after: String) {
                  claims(first: 3, after: $after, filter: {articleId: $article}) {
                    edges { cursor node { text article { headline } } } pageInfo { endCursor }
                  }
                }""";

        var first = this.graphQl.document(page).variable("article", article.id()).execute();
        List<String> cursors = first.path("claims.edges[*].cursor").entityList(String.class).get();
        assertThat(cursors).hasSize(3).doesNotHaveDuplicates();
        first.path("claims.pageInfo.endCursor").entity(String.class).isEqualTo(cursors.get(2));

        this.graphQl.document(page).variable("article", article.id()).variable("after", cursors.get(0)).execute()
                .path("claims.edges[*].node.text").entityList(String.class).containsExactly("Two.", "One.");
    }

    @Test
    void anEmptyPageHasNoCursor() {
        this.graphQl.document("{ claims(first: 0) { edges { cursor } pageInfo { hasNextPage endCursor } } }")
                .execute()
                .path("claims.edges").entityList(Object.class).hasSize(0)
                .path("claims.pageInfo.endCursor").valueIsNull()
                .path("claims.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void aFilterIdThatIsNoIdIsABadRequest() {
        this.graphQl.document("{ claims(filter: {claimantId: \"-3\"}) { edges { node { id } } } }")
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getExtensions()).containsEntry("argument", "filter.claimantId");
                }));
    }

    @Test
    void anUnknownStateIsAValidationError() {
        this.graphQl.document("{ claims(filter: {states: [DONE]}) { edges { node { id } } } }")
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getErrorType()).isEqualTo(graphql.ErrorType.ValidationError)));
    }

    @Test
    void aNegativePageSizeIsRefused() {
        this.graphQl.document("{ claims(first: -1) { edges { node { id } } } }")
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).isEqualTo("'first' must be between 0 and 100, got -1")));
    }
}
