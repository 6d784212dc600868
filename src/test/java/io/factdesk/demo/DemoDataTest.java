package io.factdesk.demo;

import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataTest {

    @Autowired
    Desk desk;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void signIn() {
        this.graphQl = this.desk.as(Role.CHECKER);
    }

    @Autowired
    DemoDataLoader loader;

    @Autowired
    DatabaseClient db;

    @Test
    void aNewDeskSeesTheSeedArticleWithItsAttributedClaims() {
        var response = this.graphQl.document("""
                        {
                          articles(first: 1, filter: {outlet: "Warrior Maven"}) {
                            edges { node { byline body claims(first: 100) { edges { node { text span { start end } claimant { name role } } } } } }
                          }
                        }""")
                .execute();

        response.path("articles.edges[0].node.byline").entity(String.class).isEqualTo("Jim Morris");
        String body = response.path("articles.edges[0].node.body").entity(String.class).get();
        response.path("articles.edges[0].node.claims.edges").entityList(Object.class).hasSize(16);
        response.path("articles.edges[0].node.claims.edges[0].node.claimant.name").entity(String.class)
                .isEqualTo("Shin Wonsik");
        String first = response.path("articles.edges[0].node.claims.edges[0].node.text").entity(String.class).get();
        assertThat(first).contains("almost five million artillery shells");
        int start = response.path("articles.edges[0].node.claims.edges[0].node.span.start").entity(Integer.class).get();
        int end = response.path("articles.edges[0].node.claims.edges[0].node.span.end").entity(Integer.class).get();
        assertThat(body.substring(start, end)).isEqualTo(first);

        this.graphQl.document("{ people(search: \"John Murray\") { edges { node { role claims(first: 100) { edges { node { id } } } } } } }")
                .execute()
                .path("people.edges[0].node.role").entity(String.class)
                .isEqualTo("Ret. Gen., former Commanding General, Army Futures Command")
                .path("people.edges[0].node.claims.edges").entityList(Object.class).hasSizeGreaterThan(7);
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        long claimsBefore = count("claim");
        long peopleBefore = count("person");

        this.loader.run(new DefaultApplicationArguments());

        assertThat(count("claim")).isEqualTo(claimsBefore);
        assertThat(count("person")).isEqualTo(peopleBefore);
        assertThat(this.db.sql("SELECT count(*) FROM person WHERE name = 'Shin Wonsik'")
                .map(row -> row.get(0, Long.class)).one().block()).isEqualTo(1L);
    }

    private long count(String table) {
        return this.db.sql("SELECT count(*) FROM " + table).map(row -> row.get(0, Long.class)).one().block();
    }
}
