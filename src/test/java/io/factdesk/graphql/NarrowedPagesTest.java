package io.factdesk.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
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
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of claims reads only the columns that the fields its query selects show, on the claims and on the
 * articles and speakers joined to them, and still shows every field as a whole claim read shows it.
 */
@IntegrationTest
class NarrowedPagesTest {

    private static final String PAGE = """
            query ($search: String) {
              claims(first: 10, filter: {search: $search}) { edges { node { id %s } } }
            }""";

    @Autowired
    Desk desk;

    @Autowired
    TestData data;

    @Autowired
    SqlStatementCounter statements;

    @Autowired
    GraphQlSource graphQlSource;

    HttpGraphQlTester graphQl;

    private String word;

    @BeforeEach
    void claimsWithAndWithoutASpeaker() {
        this.graphQl = this.desk.as(Role.CHECKER);
        this.word = TestData.word("narrowed");
        Article article = this.data.article("Narrowed " + TestData.token(), "The port moved 3 million tonnes "
                + this.word + ". Exports fell by a fifth " + this.word + ".");
        Person minister = this.data.person("Minister " + TestData.token());
        Claim attributed = this.data.claim(article, "The port moved 3 million tonnes " + this.word + ".", minister);
        this.data.evidence(attributed, "Port authority");
        this.data.claim(article, "Exports fell by a fifth " + this.word + ".", null);
    }

    @Test
    void everyFieldSelectedAloneShowsWhatAWholeClaimShows() {
        GraphQLSchema schema = this.graphQlSource.schema();
        List<String> selections = new ArrayList<>(leafFields(schema, "Claim"));
        selections.add("span { start end }");
        leafFields(schema, "Article").forEach(field -> selections.add("article { " + field + " }"));
        leafFields(schema, "Person").forEach(field -> selections.add("claimant { " + field + " }"));
        assertThat(selections).contains("text", "createdAt", "article { url }", "claimant { affiliation }");

        for (String selection : selections) {
            List<Map<String, Object>> page = this.graphQl.document(PAGE.formatted(selection))
                    .variable("search", this.word)
                    .execute()
                    .path("claims.edges[*].node").entityList(nodeType()).hasSize(2).get();
            for (Map<String, Object> node : page) {
                Map<String, Object> whole = this.graphQl
                        .document("query ($id: ID!) { claim(id: $id) { id " + selection + " } }")
                        .variable("id", node.get("id"))
                        .execute()
                        .path("claim").entity(nodeType()).get();
                assertThat(node).as(selection).isEqualTo(whole);
            }
        }
    }

    @Test
    void theEditorialPageReadsOnlyTheColumnsItShows() {
        Statements sent = this.statements.record(() -> this.graphQl.document(PAGE.formatted(
                        "state version text checkWorthiness article { headline } claimant { name role } evidenceCount"))
                .variable("search", this.word)
                .execute()
                .path("claims.edges[*].node.text").entityList(String.class).hasSize(2));

        assertThat(sent.sql()).as("%s", sent).hasSize(1);
        assertThat(sent.sql().get(0))
                .contains("text", "check_worthiness", "headline AS \"article.headline\"", "role AS \"claimant.role\"")
                .contains("NULL AS span_start", "NULL AS created_at", "NULL AS updated_at")
                .contains("NULL AS \"article.url\"", "NULL AS \"article.published_at\"")
                .contains("NULL AS \"claimant.affiliation\"", "NULL AS \"claimant.created_at\"")
                .doesNotContain("NULL AS text", "NULL AS \"article.headline\"", "NULL AS \"claimant.name\"");
    }

    @Test
    void aFieldComputedFromTheWholeClaimReadsEveryColumn() {
        Statements sent = this.statements.record(() -> this.graphQl.document(PAGE.formatted("claimReview"))
                .variable("search", this.word)
                .execute()
                .errors().verify());

        assertThat(sent.sql().get(0)).as("%s", sent).contains("FROM claim").doesNotContain("NULL AS");
    }

    private static List<String> leafFields(GraphQLSchema schema, String typeName) {
        List<String> names = new ArrayList<>();
        for (GraphQLFieldDefinition field : ((GraphQLObjectType) schema.getType(typeName)).getFieldDefinitions()) {
            GraphQLNamedType type = GraphQLTypeUtil.unwrapAll(field.getType());
            if (field.getArguments().isEmpty()
                    && (type instanceof GraphQLScalarType || type instanceof GraphQLEnumType)) {
                names.add(field.getName());
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Class<Map<String, Object>> nodeType() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }
}
