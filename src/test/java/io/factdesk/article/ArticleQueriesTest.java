package io.factdesk.article;

import java.time.Instant;
import java.util.List;

import io.factdesk.claim.Claim;
import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.SqlStatementCounter;
import io.factdesk.support.SqlStatementCounter.Statements;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ArticleQueriesTest {

    @Autowired
    Desk desk;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void signIn() {
        this.graphQl = this.desk.as(Role.CHECKER);
    }

    @Autowired
    TestData data;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void readsAnArticleById() {
        Article article = this.data.article("Outlet " + TestData.token(), "Body of the article.");

        this.graphQl.document("""
                        query ($id: ID!) { article(id: $id) { id headline byline outlet url publishedAt body createdAt } }
                        """)
                .variable("id", article.id())
                .execute()
                .path("article.headline").entity(String.class).isEqualTo(article.headline())
                .path("article.outlet").entity(String.class).isEqualTo(article.outlet())
                .path("article.url").entity(String.class).isEqualTo(article.url())
                .path("article.publishedAt").entity(String.class).isEqualTo("2024-06-19T12:00:00Z")
                .path("article.body").entity(String.class).isEqualTo("Body of the article.");
    }

    @Test
    void theBodyIsReadOnlyByQueriesThatSelectIt() {
        Article article = this.data.article("Bodies " + TestData.token(), "A long body. The claim is in it.");
        Claim claim = this.data.claim(article, "The claim is in it.", null);
        String detail = """
                query ($id: ID!, $withBody: Boolean!) {
                  claim(id: $id) { text article { headline body @include(if: $withBody) } }
                }""";

        Statements withoutBody = this.statements.record(() -> this.graphQl.document(detail)
                .variable("id", claim.id()).variable("withBody", false)
                .execute()
                .path("claim.article.headline").entity(String.class).isEqualTo(article.headline()));
        Statements withBody = this.statements.record(() -> this.graphQl.document(detail)
                .variable("id", claim.id()).variable("withBody", true)
                .execute()
                .path("claim.article.body").entity(String.class).isEqualTo("A long body. The claim is in it."));

        assertThat(withoutBody.sql()).as("%s", withoutBody).noneMatch(sql -> sql.contains("body"));
        assertThat(withBody.sql()).as("%s", withBody).hasSize(withoutBody.sql().size() + 1)
                .filteredOn(sql -> sql.contains("body")).hasSize(1);
    }

    @Test
    void theBodiesOfAPageOfArticlesAreReadInOneStatement() {
        String outlet = "Bodies " + TestData.token();
        for (int i = 1; i <= 3; i++) {
            this.data.article(outlet, "Headline " + i, "Body number " + i + ".",
                    Instant.parse("2024-01-0" + i + "T00:00:00Z"));
        }

        Statements sent = this.statements.record(() -> this.graphQl.document("""
                        query ($outlet: String) { articles(filter: {outlet: $outlet}) { edges { node { body } } } }""")
                .variable("outlet", outlet)
                .execute()
                .path("articles.edges[*].node.body").entityList(String.class)
                .containsExactly("Body number 3.", "Body number 2.", "Body number 1."));

        assertThat(sent.sql()).as("%s", sent).hasSize(2);
        assertThat(sent.sql().get(1)).contains("body");
    }

    @Test
    void anUnknownArticleIsNull() {
        this.graphQl.document("{ article(id: \"987654321\") { id } }")
                .execute()
                .path("article").valueIsNull();
    }

    @Test
    void anIdThatIsNoIdIsABadRequestWithoutInternals() {
        this.graphQl.document("{ article(id: \"abc\") { id } }")
                .execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                        assertThat(error.getMessage()).contains("'abc' is not a valid id");
                        assertThat(error.getExtensions()).containsEntry("argument", "id")
                                .doesNotContainKeys("exception", "stackTrace");
                    });
                });
    }

    @Test
    void pagesThroughArticlesNewestFirstWithoutGapsOrRepeats() {
        String outlet = "Paged " + TestData.token();
        for (int day = 1; day <= 5; day++) {
            this.data.article(outlet, "Headline " + day, "Body " + day, Instant.parse("2024-06-0" + day + "T08:00:00Z"));
        }
        // Two articles published at the same instant: the id breaks the tie.
        this.data.article(outlet, "Headline 5b", "Body 5b", Instant.parse("2024-06-05T08:00:00Z"));

        List<String> seen = new java.util.ArrayList<>();
        String after = null;
        boolean hasNextPage = true;
        while (hasNextPage) {
            var response = this.graphQl.document("""
                            query ($outlet: String, $after: String) {
                              articles(first: 2, after: $after, filter: {outlet: $outlet}) {
                                edges { cursor node { headline } }
                                pageInfo { hasNextPage endCursor }
                              }
                            }""")
                    .variable("outlet", outlet)
                    .variable("after", after)
                    .execute();
            seen.addAll(response.path("articles.edges[*].node.headline").entityList(String.class).get());
            hasNextPage = response.path("articles.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("articles.pageInfo.endCursor").entity(String.class).get();
        }

        assertThat(seen).hasSize(6);
        assertThat(seen.subList(0, 2)).containsExactlyInAnyOrder("Headline 5", "Headline 5b");
        assertThat(seen.subList(2, 6)).containsExactly("Headline 4", "Headline 3", "Headline 2", "Headline 1");
    }

    @Test
    void filtersArticlesByTextAndPublicationWindow() {
        String outlet = "Filtered " + TestData.token();
        this.data.article(outlet, "Drones over Kharkiv", "Shahed drones struck the city.",
                Instant.parse("2024-01-10T00:00:00Z"));
        this.data.article(outlet, "Shells for Kyiv", "The union promised a million shells.",
                Instant.parse("2024-03-10T00:00:00Z"));
        this.data.article(outlet, "More shells", "Factories make shells every month.",
                Instant.parse("2024-05-10T00:00:00Z"));

        this.graphQl.document("""
                        query ($outlet: String) {
                          articles(filter: {outlet: $outlet, search: "shells", publishedAfter: "2024-02-01T00:00:00Z",
                                            publishedBefore: "2024-05-01T00:00:00Z"}) {
                            edges { node { headline } }
                          }
                        }""")
                .variable("outlet", outlet)
                .execute()
                .path("articles.edges[*].node.headline").entityList(String.class).containsExactly("Shells for Kyiv");
    }

    @Test
    void listsAnArticlesClaimsInTextOrderAcrossPages() {
        Article article = this.data.article("Claims " + TestData.token(),
                "First claim here. Second claim here. Third claim here.");
        this.data.claim(article, "Third claim here.", null);
        this.data.claim(article, "First claim here.", null);
        this.data.claim(article, "Second claim here.", null);

        var firstPage = this.graphQl.document("""
                        query ($id: ID!) {
                          article(id: $id) { claims(first: 2) { edges { node { text } } pageInfo { hasNextPage endCursor } } }
                        }""")
                .variable("id", article.id())
                .execute();
        firstPage.path("article.claims.edges[*].node.text").entityList(String.class)
                .containsExactly("First claim here.", "Second claim here.");
        firstPage.path("article.claims.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String after = firstPage.path("article.claims.pageInfo.endCursor").entity(String.class).get();

        this.graphQl.document("""
                        query ($id: ID!, $after: String) {
                          article(id: $id) { claims(first: 2, after: $after) { edges { node { text } } pageInfo { hasNextPage } } }
                        }""")
                .variable("id", article.id())
                .variable("after", after)
                .execute()
                .path("article.claims.edges[*].node.text").entityList(String.class).containsExactly("Third claim here.")
                .path("article.claims.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void aPageAboveTheCapIsRefusedClearly() {
        this.graphQl.document("{ articles(first: 101) { edges { node { id } } } }")
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo("'first' must be between 0 and 100, got 101");
                }));
    }

    @Test
    void aCursorFromAnotherListIsRefused() {
        String personCursor = this.graphQl.document("{ people(first: 1) { pageInfo { endCursor } } }")
                .execute().path("people.pageInfo.endCursor").entity(String.class).get();

        this.graphQl.document("query ($after: String) { articles(after: $after) { edges { node { id } } } }")
                .variable("after", personCursor)
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).contains("'after' is not a cursor of this list");
                }));
    }

    @Test
    void aMalformedDateIsAValidationError() {
        this.graphQl.document("{ articles(filter: {publishedAfter: \"last week\"}) { edges { node { id } } } }")
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).contains("Not an ISO-8601 date-time")));
    }
}
