package io.factdesk.person;

import io.factdesk.article.Article;
import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@IntegrationTest
class PersonQueriesTest {

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
    void readsAPersonWithTheirClaimsNewestFirst() {
        Person person = this.data.person("Reader " + TestData.token());
        Article article = this.data.article("People " + TestData.token(), "Claim A. Claim B. Claim C.");
        this.data.claim(article, "Claim A.", person);
        this.data.claim(article, "Claim B.", person);
        this.data.claim(article, "Claim C.", null);

        this.graphQl.document("""
                        query ($id: ID!) {
                          person(id: $id) { name kind role affiliation claims { edges { node { text } } } }
                        }""")
                .variable("id", person.id())
                .execute()
                .path("person.name").entity(String.class).isEqualTo(person.name())
                .path("person.kind").entity(String.class).isEqualTo("PERSON")
                .path("person.role").entity(String.class).isEqualTo("Minister")
                .path("person.claims.edges[*].node.text").entityList(String.class).containsExactly("Claim B.", "Claim A.");
    }

    @Test
    void anUnknownPersonIsNull() {
        this.graphQl.document("{ person(id: \"987654321\") { id } }").execute().path("person").valueIsNull();
    }

    @Test
    void searchesPeopleByAnyPartOfTheNameAcrossPages() {
        String token = TestData.token();
        this.data.person("Carla " + token + " Diaz");
        this.data.person("ann " + token);
        this.data.person("Bob " + token);

        var first = this.graphQl.document("""
                        query ($search: String) {
                          people(first: 2, search: $search) { edges { node { name } } pageInfo { hasNextPage endCursor } }
                        }""")
                .variable("search", token.toUpperCase())
                .execute();
        first.path("people.edges[*].node.name").entityList(String.class).containsExactly("ann " + token, "Bob " + token);
        String after = first.path("people.pageInfo.endCursor").entity(String.class).get();

        this.graphQl.document("""
                        query ($search: String, $after: String) {
                          people(first: 2, search: $search, after: $after) { edges { node { name } } pageInfo { hasNextPage } }
                        }""")
                .variable("search", token)
                .variable("after", after)
                .execute()
                .path("people.edges[*].node.name").entityList(String.class).containsExactly("Carla " + token + " Diaz")
                .path("people.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void searchTakesWildcardsLiterally() {
        String token = TestData.token();
        this.data.person("Percent 100% " + token);
        this.data.person("Percent 1000 " + token);

        this.graphQl.document("query ($search: String) { people(search: $search) { edges { node { name } } } }")
                .variable("search", "100% " + token)
                .execute()
                .path("people.edges[*].node.name").entityList(String.class).containsExactly("Percent 100% " + token);
    }
}
