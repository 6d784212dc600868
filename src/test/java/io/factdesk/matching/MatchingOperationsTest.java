package io.factdesk.matching;

import java.util.Map;

import io.factdesk.article.Article;
import io.factdesk.claim.Claim;
import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.SqlStatementCounter;
import io.factdesk.support.SqlStatementCounter.Statements;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MatchingOperationsTest {

    @Autowired
    Desk desk;

    @Autowired
    TestData data;

    @Autowired
    SqlStatementCounter statements;

    /** A river name of this test alone (letters only: digits would count as figures), so that tests never match each other. */
    private final String river = TestData.word("R");
    private final String said = "Officials said the new bridge over the " + this.river + " river cost 4.2 billion shillings to build.";
    private final String repeated = "The " + this.river + " river bridge cost 4.2 billion shillings, officials said.";
    private final String otherFigure = "The " + this.river + " river bridge cost 9 billion shillings, officials said.";

    private Claim claim(String text) {
        Article article = this.data.article("Match " + TestData.token(), text);
        return this.data.claim(article, text, null);
    }

    @Test
    void theSearchBoxFindsTheClaimOnFileButNotOneWithAnotherFigure() {
        Claim onFile = claim(this.said);

        this.desk.as(Role.REPORTER).document("""
                        query ($text: String!) { matchClaim(text: $text, first: 5) {
                          edges { score confirmed node { id text state } } } }""")
                .variable("text", this.repeated)
                .execute()
                .path("matchClaim.edges[0].node.id").entity(String.class).isEqualTo(String.valueOf(onFile.id()))
                .path("matchClaim.edges[0].confirmed").entity(Boolean.class).isEqualTo(false);

        this.desk.as(Role.REPORTER).document("query ($text: String!) { matchClaim(text: $text) { edges { node { id } } } }")
                .variable("text", this.otherFigure)
                .execute()
                .path("matchClaim.edges[*].node.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).doesNotContain(String.valueOf(onFile.id())));
    }

    @Test
    void anEmptyOrOverlongSearchIsRefusedClearly() {
        this.desk.as(Role.REPORTER).document("{ matchClaim(text: \"  \") { edges { score } } }")
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
    }

    @Test
    void aConfirmedMatchLetsAnEditorAdoptThePublishedVerdictAndARejectedOneIsNotSuggestedAgain() {
        Claim checked = claim(this.said);
        Claim repeated = claim(this.repeated);
        Claim unrelated = claim("Officials said the " + this.river + " river bridge cost 4.2 billion shillings and opened in May.");
        publish(checked);
        HttpGraphQlTester checker = this.desk.as(Role.CHECKER);

        checker.document("""
                        query ($id: ID!) { claim(id: $id) { similarClaims { edges { node { id state verdict { rating } } } } } }""")
                .variable("id", repeated.id())
                .execute()
                .path("claim.similarClaims.edges[*].node.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).contains(String.valueOf(checked.id()), String.valueOf(unrelated.id())));

        checker.document("""
                        mutation ($a: ID!, $b: ID!) { unlinkClaims(claimId: $a, otherClaimId: $b, note: "Different claim") {
                          claim { history { kind detail } } userErrors { code } } }""")
                .variable("a", repeated.id()).variable("b", unrelated.id())
                .execute()
                .path("unlinkClaims.claim.history[1].kind").entity(String.class).isEqualTo("UNLINKED");

        HttpGraphQlTester editor = this.desk.as(Role.EDITOR);
        String adopt = """
                mutation ($a: ID!, $b: ID!, $v: Int!) { adoptVerdict(claimId: $a, fromClaimId: $b, expectedVersion: $v) {
                  claim { state verdict { rating publishedAt } claimReview } userErrors { code message } } }""";
        editor.document(adopt).variable("a", repeated.id()).variable("b", checked.id()).variable("v", 0)
                .execute()
                .path("adoptVerdict.userErrors[0].code").entity(String.class).isEqualTo("INVALID_TRANSITION");

        checker.document("""
                        mutation ($a: ID!, $b: ID!) { linkClaims(claimId: $a, otherClaimId: $b) { userErrors { code } } }""")
                .variable("a", repeated.id()).variable("b", checked.id())
                .execute()
                .path("linkClaims.userErrors").entityList(Object.class).hasSize(0);

        editor.document(adopt).variable("a", repeated.id()).variable("b", checked.id()).variable("v", 0)
                .execute()
                .path("adoptVerdict.userErrors").entityList(Object.class).hasSize(0)
                .path("adoptVerdict.claim.state").entity(String.class).isEqualTo("PUBLISHED")
                .path("adoptVerdict.claim.verdict.rating").entity(String.class).isEqualTo("FALSE")
                .path("adoptVerdict.claim.verdict.publishedAt").hasValue()
                .path("adoptVerdict.claim.claimReview.claimReviewed").entity(String.class).isEqualTo(this.repeated);

        checker.document("""
                        query ($id: ID!) { claim(id: $id) { similarClaims { edges { confirmed node { id } } } } }""")
                .variable("id", repeated.id())
                .execute()
                .path("claim.similarClaims.edges[*].node.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).contains(String.valueOf(checked.id()))
                        .doesNotContain(String.valueOf(unrelated.id())));
    }

    @Test
    void similarClaimsOfAPageTakeOneStatementWhateverThePageSize() {
        String outlet = "Similar " + TestData.token();
        for (int i = 0; i < 10; i++) {
            Article article = this.data.article(outlet, this.said);
            this.data.claim(article, this.said, null);
        }
        String page = """
                query ($outlet: String, $first: Int) { articles(first: $first, filter: {outlet: $outlet}) {
                  edges { node { claims { edges { node { similarClaims(first: 3) { edges { score } } } } } } } } }""";

        Statements forOne = this.statements.record(() -> this.desk.as(Role.CHECKER).document(page)
                .variable("outlet", outlet).variable("first", 1).execute().errors().verify());
        Statements forTen = this.statements.record(() -> this.desk.as(Role.CHECKER).document(page)
                .variable("outlet", outlet).variable("first", 10).execute().errors().verify());

        // the articles, their claims, the matches of those claims, the matched claims
        forOne.assertBatches(4);
        forTen.assertBatches(4);
    }

    private void publish(Claim claim) {
        HttpGraphQlTester checker = this.desk.as(Role.CHECKER);
        String mutation = "mutation ($id: ID!, $v: Int!) { %s { claim { version } userErrors { code } } }";
        run(checker, mutation.formatted("transitionClaim(claimId: $id, to: IN_PROGRESS, expectedVersion: $v)"), claim, 0);
        this.desk.as(Role.CHECKER).document("""
                        mutation ($id: ID!) { addEvidence(claimId: $id, input: {url: "https://roads.example/audit",
                          sourceName: "Roads audit", stance: REFUTES}) { userErrors { code } } }""")
                .variable("id", claim.id()).execute();
        run(checker, mutation.formatted("setVerdict(claimId: $id, rating: FALSE, summary: \"Audit says 2.9bn.\", expectedVersion: $v)"), claim, 2);
        run(checker, mutation.formatted("transitionClaim(claimId: $id, to: IN_REVIEW, expectedVersion: $v)"), claim, 3);
        run(this.desk.as(Role.EDITOR), mutation.formatted("publishVerdict(claimId: $id, expectedVersion: $v)"), claim, 4);
    }

    private static void run(HttpGraphQlTester member, String document, Claim claim, int version) {
        String field = document.substring(document.indexOf("{ ") + 2, document.indexOf('(', document.indexOf("{ ")));
        member.document(document).variables(Map.of("id", claim.id(), "v", version)).execute()
                .path(field + ".userErrors").entityList(Object.class).hasSize(0);
    }
}
