package io.factdesk.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation against every role, and against nobody: refusals are GraphQL errors (UNAUTHORIZED without a
 * token, FORBIDDEN with one), never a silent null. Arguments name objects that do not exist, so an allowed call
 * answers with a NOT_FOUND userError and changes nothing.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    private static final Set<Role> ANYONE = Set.of(Role.values());
    private static final Set<Role> REPORTERS = Set.of(Role.REPORTER, Role.EDITOR, Role.ADMIN);
    private static final Set<Role> SPEAKER_RECORDERS = Set.of(Role.REPORTER, Role.CHECKER, Role.EDITOR, Role.ADMIN);
    private static final Set<Role> CHECKERS = Set.of(Role.CHECKER, Role.EDITOR, Role.ADMIN);
    private static final Set<Role> EDITORS = Set.of(Role.EDITOR, Role.ADMIN);

    /** Each root field, with a call of it and the roles that may make it. */
    private static final Map<String, Operation> OPERATIONS = operations();

    @Autowired
    Desk desk;

    @Autowired
    GraphQlSource graphQlSource;

    private static Map<String, Operation> operations() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        operations.put("article", new Operation("{ article(id: \"987654321\") { id } }", ANYONE));
        operations.put("articles", new Operation("{ articles(first: 1) { edges { cursor } } }", ANYONE));
        operations.put("claim", new Operation("{ claim(id: \"987654321\") { id } }", ANYONE));
        operations.put("claims", new Operation("{ claims(first: 1) { edges { cursor } } }", ANYONE));
        operations.put("person", new Operation("{ person(id: \"987654321\") { id } }", ANYONE));
        operations.put("people", new Operation("{ people(first: 1) { edges { cursor } } }", ANYONE));
        operations.put("me", new Operation("{ me { username } }", ANYONE));
        operations.put("members", new Operation("{ members { username } }", ANYONE));
        operations.put("latestClaimAlertCursor", new Operation("{ latestClaimAlertCursor }", ANYONE));
        operations.put("matchClaim", new Operation("{ matchClaim(text: \"Shells were sent.\") { edges { score } } }",
                ANYONE));
        operations.put("linkClaims", new Operation("""
                mutation { linkClaims(claimId: "987654321", otherClaimId: "987654322") { userErrors { code } } }""",
                CHECKERS));
        operations.put("unlinkClaims", new Operation("""
                mutation { unlinkClaims(claimId: "987654321", otherClaimId: "987654322") { userErrors { code } } }""",
                CHECKERS));
        operations.put("adoptVerdict", new Operation("""
                mutation { adoptVerdict(claimId: "987654321", fromClaimId: "987654322", expectedVersion: 0) {
                  userErrors { code } } }""", EDITORS));
        operations.put("extractClaims", new Operation("{ extractClaims(text: \"Nothing here.\") { text } }",
                ANYONE));
        operations.put("ingestArticle", new Operation("""
                mutation { ingestArticle(input: {headline: "", outlet: "", url: "nope", body: "",
                  publishedAt: "2024-01-01T00:00:00Z"}) { userErrors { code } } }""", REPORTERS));
        operations.put("addClaim", new Operation("""
                mutation { addClaim(input: {text: "x", articleId: "987654321"}) { userErrors { code } } }""",
                REPORTERS));
        operations.put("createPerson", new Operation("""
                mutation { createPerson(input: {name: ""}) { userErrors { code } } }""", SPEAKER_RECORDERS));
        operations.put("updatePerson", new Operation("""
                mutation { updatePerson(id: "987654321", input: {role: "x"}) { userErrors { code } } }""", EDITORS));
        operations.put("mergePeople", new Operation("""
                mutation { mergePeople(keepId: "987654321", mergeId: "987654322") { userErrors { code } } }""",
                EDITORS));
        operations.put("assignClaim", new Operation("""
                mutation { assignClaim(claimId: "987654321", assigneeId: "987654321") { userErrors { code } } }""",
                EDITORS));
        operations.put("transitionClaim", new Operation("""
                mutation { transitionClaim(claimId: "987654321", to: IN_PROGRESS, expectedVersion: 0) {
                  userErrors { code } } }""", CHECKERS));
        operations.put("addEvidence", new Operation("""
                mutation { addEvidence(claimId: "987654321", input: {url: "https://a.example", sourceName: "A",
                  stance: SUPPORTS}) { userErrors { code } } }""", CHECKERS));
        operations.put("setVerdict", new Operation("""
                mutation { setVerdict(claimId: "987654321", rating: TRUE, summary: "s", expectedVersion: 0) {
                  userErrors { code } } }""", CHECKERS));
        operations.put("publishVerdict", new Operation("""
                mutation { publishVerdict(claimId: "987654321", expectedVersion: 0) { userErrors { code } } }""",
                EDITORS));
        operations.put("dismissClaim", new Operation("""
                mutation { dismissClaim(claimId: "987654321", expectedVersion: 0) { userErrors { code } } }""",
                EDITORS));
        operations.put("reopenClaim", new Operation("""
                mutation { reopenClaim(claimId: "987654321", expectedVersion: 0) { userErrors { code } } }""",
                EDITORS));
        return operations;
    }

    static Stream<Arguments> everyOperationAndRole() {
        return OPERATIONS.keySet().stream()
                .flatMap(name -> Stream.of(Role.values()).map(role -> Arguments.of(name, role)));
    }

    @Test
    void everyRootFieldOfTheSchemaIsInTheMatrix() {
        Set<String> rootFields = Stream.of(this.graphQlSource.schema().getQueryType(),
                        this.graphQlSource.schema().getMutationType())
                .map(GraphQLObjectType::getFieldDefinitions)
                .flatMap(List::stream)
                .map(GraphQLFieldDefinition::getName)
                .collect(Collectors.toSet());

        assertThat(OPERATIONS.keySet()).containsExactlyInAnyOrderElementsOf(rootFields);
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyOperationAndRole")
    void eachRoleMayCallWhatItsRulesAllow(String name, Role role) {
        Operation operation = OPERATIONS.get(name);
        GraphQlTester.Response response = this.desk.as(role).document(operation.document()).execute();

        if (operation.allowed().contains(role)) {
            response.errors().verify();
        }
        else {
            response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                assertThat(error.getMessage()).isEqualTo("Your roles [" + role + "] do not allow " + name);
            }));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationNames")
    void nobodyMayCallAnythingWithoutSigningIn(String name) {
        this.desk.anonymous().document(OPERATIONS.get(name).document()).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED);
                    assertThat(error.getMessage()).startsWith("Sign in first");
                }));
    }

    static Stream<String> operationNames() {
        return OPERATIONS.keySet().stream();
    }

    private record Operation(String document, Set<Role> allowed) {
    }
}
