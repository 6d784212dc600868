package io.factdesk.graphql;

import io.factdesk.article.Article;
import io.factdesk.claim.Claim;
import io.factdesk.person.Person;
import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.SqlStatementCounter;
import io.factdesk.support.SqlStatementCounter.Statements;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Nested fields are batched: the SQL statements of a request do not grow with the page size. */
@IntegrationTest
class BatchedQueriesTest {

    // language=GraphQL
    private static final String EDITORIAL_PAGE = """
            query ($outlet: String, $first: Int) {
              articles(first: 100, filter: {outlet: $outlet}) { edges { node { id } } }
              claims(first: $first, filter: {states: [NEW]}) {
                edges { node {
                  text
                  article { headline }
                  claimant { name role claims(first: 3) { edges { node { id } } } }
                  evidence { sourceName } evidenceCount history { toState } verdict { rating }
                } }
              }
            }""";

    // language=GraphQL
    private static final String ARTICLES_WITH_CLAIMS = """
            query ($outlet: String, $first: Int) {
              articles(first: $first, filter: {outlet: $outlet}) {
                edges { node { headline claims(first: 5) { edges { node { text claimant { name } evidenceCount } } } } }
              }
            }""";

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

    private String outlet;

    @BeforeEach
    void fiftyClaimsWithSpeakersAndEvidence() {
        this.outlet = "Batched " + TestData.token();
        for (int a = 0; a < 10; a++) {
            Article article = this.data.article(this.outlet, "Claim one. Claim two. Claim three. Claim four. Claim five.");
            Person speaker = this.data.person("Speaker " + TestData.token());
            for (String text : new String[] { "Claim one.", "Claim two.", "Claim three.", "Claim four.", "Claim five." }) {
                Claim claim = this.data.claim(article, text, speaker);
                this.data.evidence(claim, "Source " + a);
            }
        }
    }

    @Test
    void aPageOfFiftyClaimsTakesAsManyStatementsAsAPageOfFive() {
        Statements forFive = statementsFor(EDITORIAL_PAGE, 5);
        Statements forFifty = statementsFor(EDITORIAL_PAGE, 50);

        // the claims with their articles, people and counts; the people's claims, evidence, history, verdicts,
        // the article list
        forFive.assertBatches(6);
        forFifty.assertBatches(6);
        assertThat(forFifty.shapes()).isEqualTo(forFive.shapes());
    }

    @Test
    void aPageOfArticlesLoadsTheirClaimsTogether() {
        Statements forOne = statementsFor(ARTICLES_WITH_CLAIMS, 1);
        Statements forTen = statementsFor(ARTICLES_WITH_CLAIMS, 10);

        forOne.assertBatches(4);
        forTen.assertBatches(4);
        assertThat(forTen.shapes()).isEqualTo(forOne.shapes());
    }

    private Statements statementsFor(String document, int first) {
        return this.statements.record(() -> this.graphQl.document(document)
                .variable("outlet", this.outlet)
                .variable("first", first)
                .execute()
                .errors().verify());
    }
}
