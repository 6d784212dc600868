package io.factdesk.graphql;

import io.factdesk.article.Article;
import io.factdesk.claim.Claim;
import io.factdesk.person.Person;
import io.factdesk.security.Role;
import io.factdesk.support.DataLoaderKeys;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.SqlStatementCounter;
import io.factdesk.support.SqlStatementCounter.Statements;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of claims reads the batch-loaded fields its query selects on the claims in its own statement; claims that
 * arrive any other way (the claims of a claimant on the page) still get theirs through DataLoader batches.
 */
@IntegrationTest
class PrefetchTest {

    @Autowired
    Desk desk;

    @Autowired
    TestData data;

    @Autowired
    SqlStatementCounter statements;

    @Autowired
    DataLoaderKeys dataLoaderKeys;

    HttpGraphQlTester graphQl;

    private String word;

    private Article budget;

    private Article harbour;

    private Person mayor;

    private Claim withTwoSources;

    private Claim withoutSpeaker;

    private Claim byTheMayorInTheHarbourStory;

    @BeforeEach
    void threeClaimsOfTwoArticles() {
        this.graphQl = this.desk.as(Role.CHECKER);
        this.word = TestData.word("prefetch");
        String outlet = "Prefetch " + TestData.token();
        this.budget = this.data.article(outlet, "The budget grew by a third " + this.word + ". Nobody knows why "
                + this.word + ".");
        this.harbour = this.data.article(outlet, "The harbour moved 2 million containers " + this.word + ".");
        this.mayor = this.data.person("Mayor " + TestData.token());
        this.withTwoSources = this.data.claim(this.budget, "The budget grew by a third " + this.word + ".", this.mayor);
        this.data.evidence(this.withTwoSources, "Budget office");
        this.data.evidence(this.withTwoSources, "Audit court");
        this.withoutSpeaker = this.data.claim(this.budget, "Nobody knows why " + this.word + ".", null);
        this.byTheMayorInTheHarbourStory = this.data.claim(this.harbour,
                "The harbour moved 2 million containers " + this.word + ".", this.mayor);
    }

    @Test
    void aPageReadsWhatItsClaimsSelectInItsOwnStatement() {
        var page = new Object() {
            GraphQlTester.Response response;
        };
        Statements sent = this.statements.record(() -> page.response = this.graphQl.document("""
                        query ($search: String) {
                          claims(first: 10, filter: {search: $search}) {
                            edges { node { id article { headline } claimant { name } evidenceCount } }
                          }
                        }""")
                .variable("search", this.word)
                .execute());

        // the page with its articles, people and evidence counts joined, rather than loaded by DataLoaders
        assertThat(sent.sql()).as("%s", sent).hasSize(1);
        assertThat(sent.sql().get(0)).contains("FROM article", "FROM person", "FROM evidence");
        assertThat(this.dataLoaderKeys.of("Claim.article")).isZero();
        assertThat(this.dataLoaderKeys.of("Claim.claimant")).isZero();
        assertThat(this.dataLoaderKeys.of("Claim.evidenceCount")).isZero();
        page.response.path("claims.edges[*].node.id").entityList(String.class).containsExactly(
                        String.valueOf(this.byTheMayorInTheHarbourStory.id()), String.valueOf(this.withoutSpeaker.id()),
                        String.valueOf(this.withTwoSources.id()))
                .path("claims.edges[*].node.article.headline").entityList(String.class)
                .containsExactly(this.harbour.headline(), this.budget.headline(), this.budget.headline())
                .path("claims.edges[0].node.claimant.name").entity(String.class).isEqualTo(this.mayor.name())
                .path("claims.edges[1].node.claimant").valueIsNull()
                .path("claims.edges[2].node.claimant.name").entity(String.class).isEqualTo(this.mayor.name())
                .path("claims.edges[*].node.evidenceCount").entityList(Integer.class).containsExactly(0, 0, 2);
    }

    @Test
    void onlyTheFieldsAQuerySelectsAreLoaded() {
        Statements sent = this.statements.record(() -> this.graphQl.document("""
                        query ($search: String) {
                          claims(first: 10, filter: {search: $search}) { edges { node { text claimant { name } } } }
                        }""")
                .variable("search", this.word)
                .execute()
                .errors().verify());

        assertThat(sent.sql()).as("%s", sent).hasSize(1);
        assertThat(sent.sql().get(0)).contains("FROM person").doesNotContain("FROM article", "FROM evidence");
        assertThat(this.dataLoaderKeys.of("Claim.claimant")).isZero();
    }

    @Test
    void fieldsLeftOutBySkipOrIncludeAreNotLoaded() {
        var page = new Object() {
            GraphQlTester.Response response;
        };
        Statements sent = this.statements.record(() -> page.response = this.graphQl.document("""
                        query ($search: String, $brief: Boolean!) {
                          claims(first: 10, filter: {search: $search}) {
                            edges { node {
                              id
                              claimant @skip(if: $brief) { name }
                              article @include(if: false) { headline }
                              ... @include(if: $brief) { evidenceCount }
                            } }
                          }
                        }""")
                .variable("search", this.word)
                .variable("brief", true)
                .execute());

        // the page with the evidence counts; no people, no articles
        assertThat(sent.sql()).as("%s", sent).hasSize(1);
        assertThat(sent.sql().get(0)).contains("FROM evidence").doesNotContain("FROM person", "FROM article");
        assertThat(this.dataLoaderKeys.of("Claim.evidenceCount")).isZero();
        page.response.path("claims.edges[2].node.evidenceCount").entity(Integer.class).isEqualTo(2)
                .path("claims.edges[2].node.claimant").pathDoesNotExist();
    }

    @Test
    void fieldsSelectedThroughFragmentsAndAliasesArePrefetchedToo() {
        var page = new Object() {
            GraphQlTester.Response response;
        };
        Statements sent = this.statements.record(() -> page.response = this.graphQl.document("""
                        query ($search: String) {
                          claims(first: 10, filter: {search: $search}) { edges { node { ...Line } } }
                        }
                        fragment Line on Claim { id source: article { headline } sources: evidenceCount }""")
                .variable("search", this.word)
                .execute());

        assertThat(sent.sql()).as("%s", sent).hasSize(1);
        assertThat(this.dataLoaderKeys.of("Claim.article")).isZero();
        assertThat(this.dataLoaderKeys.of("Claim.evidenceCount")).isZero();
        page.response.path("claims.edges[2].node.source.headline").entity(String.class)
                .isEqualTo(this.budget.headline())
                .path("claims.edges[2].node.sources").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void claimsThatDidNotComeFromThePageGetTheirFieldsInBatches() {
        var page = new Object() {
            GraphQlTester.Response response;
        };
        Statements sent = this.statements.record(() -> page.response = this.graphQl.document("""
                        query ($search: String) {
                          claims(first: 10, filter: {search: $search}) {
                            edges { node { id claimant {
                              claims(first: 10) { edges { node { id article { headline } evidenceCount } } }
                            } } }
                          }
                        }""")
                .variable("search", this.word)
                .execute());

        // page with its people, the mayor's claims (one batch), their articles and counts (one batch each)
        sent.assertBatches(4);
        // two claims on the page are the mayor's, and each lists the mayor's two claims
        assertThat(this.dataLoaderKeys.of("Claim.claimant")).isZero();
        assertThat(this.dataLoaderKeys.of("Claim.article")).isEqualTo(4);
        assertThat(this.dataLoaderKeys.of("Claim.evidenceCount")).isEqualTo(4);
        page.response.path("claims.edges[0].node.claimant.claims.edges[*].node.id").entityList(String.class)
                .containsExactly(String.valueOf(this.byTheMayorInTheHarbourStory.id()),
                        String.valueOf(this.withTwoSources.id()))
                .path("claims.edges[0].node.claimant.claims.edges[*].node.article.headline").entityList(String.class)
                .containsExactly(this.harbour.headline(), this.budget.headline())
                .path("claims.edges[0].node.claimant.claims.edges[*].node.evidenceCount").entityList(Integer.class)
                .containsExactly(0, 2)
                .path("claims.edges[1].node.claimant").valueIsNull();
    }
}
