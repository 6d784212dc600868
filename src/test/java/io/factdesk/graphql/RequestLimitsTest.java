package io.factdesk.graphql;

import java.util.Map;

import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Greedy and hostile documents are refused before they run, each with an error that names the limit. */
@IntegrationTest
class RequestLimitsTest {

    @Autowired
    Desk desk;

    @Autowired
    WebTestClient web;

    private void refusedWith(String document, String message) {
        this.desk.as(Role.CHECKER).document(document).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains(message)));
    }

    @Test
    void aDocumentTooDeepIsRefused() {
        refusedWith("""
                { claims { edges { node { claimant { claims { edges { node { article { claims { edges { node {
                  claimant { claims { edges { node { id } } } } } } } } } } } } } } } }""", "maximum query depth exceeded");
    }

    @Test
    void aDocumentTooCostlyIsRefused() {
        refusedWith("""
                { claims(first: 100) { edges { node { claimant { claims(first: 100) { edges { node {
                  text article { headline } } } } } } } } }""", "maximum query complexity exceeded");
    }

    @Test
    void anOperationThatPassedIsCheckedAgainWhenAVariableItsDepthDependsOnChanges() {
        String document = """
                query Deep($deep: Boolean!) { claims { edges { node { id claimant @include(if: $deep) { claims {
                  edges { node { article { claims { edges { node { claimant { claims { edges { node { id
                  } } } } } } } } } } } } } } } }""";
        this.desk.as(Role.CHECKER).document(document).variable("deep", false).execute().errors().verify();
        this.desk.as(Role.CHECKER).document(document).variable("deep", true).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("maximum query depth exceeded")));
    }

    @Test
    void anOperationThatPassedIsCheckedAgainWhenAPageSizeItsCostDependsOnChanges() {
        String document = """
                query Pages($first: Int, $after: String) { claims(first: $first, after: $after) { edges { node {
                  claimant { claims(first: $first) { edges { node { text article { headline } } } } } } } } }""";
        this.desk.as(Role.CHECKER).document(document).variable("first", 5).execute().errors().verify();
        this.desk.as(Role.CHECKER).document(document).variable("first", 5).variable("after", null).execute()
                .errors().verify();
        this.desk.as(Role.CHECKER).document(document).variable("first", 100).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> assertThat(
                        error.getMessage()).contains("maximum query complexity exceeded")));
    }

    @Test
    void aPageOfOneHundredClaimsWithTheirFieldsIsWithinTheLimits() {
        this.desk.as(Role.CHECKER).document("""
                        { claims(first: 100) { edges { node { text article { headline } claimant { name role }
                          evidence { url } history { toState } verdict { rating } } } } }""")
                .execute()
                .errors().verify();
    }

    @Test
    void tooManyAliasesAreRefused() {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < 31; i++) {
            document.append(" a").append(i).append(": claims(first: 1) { edges { cursor } }");
        }
        refusedWith(document.append(" }").toString(), "Too many aliases: 31 > 30");
    }

    @Test
    void aDocumentWithTooManyTokensIsRefusedByTheParser() {
        String document = "{ " + "__typename ".repeat(6000) + "}";
        refusedWith(document, "parsing has been cancelled");
    }

    @Test
    void aBodyAboveTheLimitIsRefusedWith413() {
        String huge = "{ __typename }" + " ".repeat(300 * 1024);
        this.web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", huge))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void aBatchOfOperationsIsRefusedAsABadRequest() {
        this.web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]")
                .exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void introspectionIsOnByDefault() {
        this.desk.as(Role.CHECKER).document("{ __schema { queryType { name } } }")
                .execute()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
    }
}
