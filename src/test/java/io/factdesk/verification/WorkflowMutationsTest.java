package io.factdesk.verification;

import java.util.List;
import java.util.Map;

import io.factdesk.article.Article;
import io.factdesk.claim.Claim;
import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class WorkflowMutationsTest {

    // language=GraphQL
    private static final String TRANSITION = """
            mutation ($id: ID!, $to: VerificationState!, $note: String, $version: Int!) {
              transitionClaim(claimId: $id, to: $to, note: $note, expectedVersion: $version) {
                claim { state version }
                userErrors { code message field }
              }
            }""";

    // language=GraphQL
    private static final String EVIDENCE = """
            mutation ($id: ID!, $input: EvidenceInput!) {
              addEvidence(claimId: $id, input: $input) { claim { version evidenceCount } userErrors { code field message } }
            }""";

    // language=GraphQL
    private static final String VERDICT = """
            mutation ($id: ID!, $rating: Rating!, $summary: String!, $version: Int!) {
              setVerdict(claimId: $id, rating: $rating, summary: $summary, expectedVersion: $version) {
                claim { version verdict { rating summary givenBy publishedAt } }
                userErrors { code message }
              }
            }""";

    @Autowired
    Desk desk;

    @Autowired
    TestData data;

    private Claim newClaim() {
        Article article = this.data.article("Workflow " + TestData.token(), "Russia fired 50 missiles at Kharkiv.");
        return this.data.claim(article, "Russia fired 50 missiles at Kharkiv.", null);
    }

    private GraphQlTester.Response transition(Role role, long claimId, String to, int version) {
        return this.desk.as(role).document(TRANSITION)
                .variable("id", claimId).variable("to", to).variable("version", version)
                .execute();
    }

    private GraphQlTester.Response evidence(Role role, long claimId, Map<String, Object> input) {
        return this.desk.as(role).document(EVIDENCE).variable("id", claimId).variable("input", input).execute();
    }

    private static Map<String, Object> evidenceInput() {
        return Map.of("url", "https://www.dia.mil/report", "sourceName", "Defense Intelligence Agency",
                "excerpt", "Debris confirms North Korean missiles.", "stance", "SUPPORTS");
    }

    @Test
    void aCheckerTakesAClaimAndTheHistorySaysWhoAndWhy() {
        Claim claim = newClaim();

        this.desk.as("carla", Role.CHECKER).document(TRANSITION)
                .variable("id", claim.id()).variable("to", "IN_PROGRESS").variable("note", "On it")
                .variable("version", 0)
                .execute()
                .path("transitionClaim.userErrors").entityList(Object.class).hasSize(0)
                .path("transitionClaim.claim.state").entity(String.class).isEqualTo("IN_PROGRESS")
                .path("transitionClaim.claim.version").entity(Integer.class).isEqualTo(1);

        this.desk.as(Role.CHECKER).document("""
                        query ($id: ID!) { claim(id: $id) { history { kind fromState toState actor note } } }""")
                .variable("id", claim.id())
                .execute()
                .path("claim.history[1].kind").entity(String.class).isEqualTo("TRANSITION")
                .path("claim.history[1].fromState").entity(String.class).isEqualTo("NEW")
                .path("claim.history[1].toState").entity(String.class).isEqualTo("IN_PROGRESS")
                .path("claim.history[1].actor").entity(String.class).isEqualTo("carla")
                .path("claim.history[1].note").entity(String.class).isEqualTo("On it");
    }

    @Test
    void aStaleVersionChangesNothing() {
        Claim claim = newClaim();
        transition(Role.CHECKER, claim.id(), "IN_PROGRESS", 0);

        transition(Role.CHECKER, claim.id(), "NEW", 0)
                .path("transitionClaim.userErrors[0].code").entity(String.class).isEqualTo("VERSION_CONFLICT")
                .path("transitionClaim.userErrors[0].field").entityList(String.class).containsExactly("expectedVersion")
                .path("transitionClaim.claim.state").entity(String.class).isEqualTo("IN_PROGRESS")
                .path("transitionClaim.claim.version").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void aStepOutsideTheWorkflowIsAnInvalidTransition() {
        Claim claim = newClaim();

        transition(Role.EDITOR, claim.id(), "PUBLISHED", 0)
                .path("transitionClaim.userErrors[0].code").entity(String.class).isEqualTo("INVALID_TRANSITION")
                .path("transitionClaim.claim.state").entity(String.class).isEqualTo("NEW");
    }

    @Test
    void publishingNeedsAnEditor() {
        Claim claim = newClaim();
        transition(Role.CHECKER, claim.id(), "IN_PROGRESS", 0);
        evidence(Role.CHECKER, claim.id(), evidenceInput());
        this.desk.as(Role.CHECKER).document(VERDICT).variable("id", claim.id()).variable("rating", "TRUE")
                .variable("summary", "Confirmed by the DIA.").variable("version", 2).execute();
        transition(Role.CHECKER, claim.id(), "IN_REVIEW", 3);

        transition(Role.CHECKER, claim.id(), "PUBLISHED", 4)
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                    assertThat(error.getMessage()).contains("IN_REVIEW to PUBLISHED").contains("EDITOR");
                }));

        this.desk.as(Role.EDITOR).document("""
                        mutation ($id: ID!) { publishVerdict(claimId: $id, expectedVersion: 4) {
                          claim { state verdict { publishedAt } } userErrors { code } } }""")
                .variable("id", claim.id())
                .execute()
                .path("publishVerdict.claim.state").entity(String.class).isEqualTo("PUBLISHED")
                .path("publishVerdict.claim.verdict.publishedAt").hasValue();
    }

    @Test
    void reviewNeedsAVerdictAndEvidence() {
        Claim claim = newClaim();
        transition(Role.CHECKER, claim.id(), "IN_PROGRESS", 0);

        transition(Role.CHECKER, claim.id(), "IN_REVIEW", 1)
                .path("transitionClaim.userErrors[0].code").entity(String.class).isEqualTo("INVALID_TRANSITION")
                .path("transitionClaim.userErrors[0].message").entity(String.class)
                .satisfies(message -> assertThat(message).contains("no verdict").contains("0 pieces of evidence"));
    }

    @Test
    void evidenceIsCheckedAndWaitsForTheClaimToBeTaken() {
        Claim claim = newClaim();

        evidence(Role.CHECKER, claim.id(), evidenceInput())
                .path("addEvidence.userErrors[0].code").entity(String.class).isEqualTo("INVALID_TRANSITION");

        transition(Role.CHECKER, claim.id(), "IN_PROGRESS", 0);
        evidence(Role.CHECKER, claim.id(), Map.of("url", "ftp://nowhere", "sourceName", " ", "stance", "REFUTES"))
                .path("addEvidence.userErrors[*].field").entityList(List.class)
                .satisfies(fields -> assertThat(fields).containsExactlyInAnyOrder(List.of("input", "url"),
                        List.of("input", "sourceName")))
                .path("addEvidence.claim.evidenceCount").entity(Integer.class).isEqualTo(0);

        evidence(Role.CHECKER, claim.id(), evidenceInput())
                .path("addEvidence.userErrors").entityList(Object.class).hasSize(0)
                .path("addEvidence.claim.evidenceCount").entity(Integer.class).isEqualTo(1)
                .path("addEvidence.claim.version").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void aReopenedClaimKeepsItsPublishedVerdictOnRecord() {
        Claim claim = newClaim();
        transition(Role.CHECKER, claim.id(), "IN_PROGRESS", 0);
        evidence(Role.CHECKER, claim.id(), evidenceInput());
        HttpGraphQlTester checker = this.desk.as(Role.CHECKER);
        checker.document(VERDICT).variable("id", claim.id()).variable("rating", "FALSE")
                .variable("summary", "No such shipments.").variable("version", 2).execute();
        transition(Role.CHECKER, claim.id(), "IN_REVIEW", 3);
        transition(Role.EDITOR, claim.id(), "PUBLISHED", 4);

        this.desk.as(Role.EDITOR).document("""
                        mutation ($id: ID!) { reopenClaim(claimId: $id, note: "Correction", expectedVersion: 5) {
                          claim { state } userErrors { code } } }""")
                .variable("id", claim.id())
                .execute()
                .path("reopenClaim.claim.state").entity(String.class).isEqualTo("IN_PROGRESS");
        // The published verdict is no proposal: review waits for a new one.
        transition(Role.CHECKER, claim.id(), "IN_REVIEW", 6)
                .path("transitionClaim.userErrors[0].code").entity(String.class).isEqualTo("INVALID_TRANSITION");
        checker.document(VERDICT).variable("id", claim.id()).variable("rating", "MOSTLY_TRUE")
                .variable("summary", "Corrected: shipments confirmed.").variable("version", 6).execute()
                .path("setVerdict.claim.verdict.rating").entity(String.class).isEqualTo("MOSTLY_TRUE");

        this.desk.as(Role.CHECKER).document("query ($id: ID!) { claim(id: $id) { verdicts { rating publishedAt } } }")
                .variable("id", claim.id())
                .execute()
                .path("claim.verdicts[*].rating").entityList(String.class).containsExactly("MOSTLY_TRUE", "FALSE")
                .path("claim.verdicts[0].publishedAt").valueIsNull()
                .path("claim.verdicts[1].publishedAt").hasValue();
    }

    @Test
    void anEditorAssignsAClaimToAChecker() {
        Claim claim = newClaim();
        String checkerId = this.desk.as("assignee-" + TestData.token(), Role.CHECKER).document("{ me { id username } }")
                .execute().path("me.id").entity(String.class).get();

        this.desk.as(Role.EDITOR).document("""
                        mutation ($id: ID!, $assignee: ID!) { assignClaim(claimId: $id, assigneeId: $assignee) {
                          claim { assignee { id roles } version history { kind detail } } userErrors { code } } }""")
                .variable("id", claim.id())
                .variable("assignee", checkerId)
                .execute()
                .path("assignClaim.claim.assignee.id").entity(String.class).isEqualTo(checkerId)
                .path("assignClaim.claim.assignee.roles").entityList(String.class).containsExactly("CHECKER")
                .path("assignClaim.claim.version").entity(Integer.class).isEqualTo(1)
                .path("assignClaim.claim.history[1].kind").entity(String.class).isEqualTo("ASSIGNED");
    }

    @Test
    void workIsNotAssignedToAReporterOrANobody() {
        Claim claim = newClaim();
        String reporterId = this.desk.as("reporter-" + TestData.token(), Role.REPORTER).document("{ me { id } }")
                .execute().path("me.id").entity(String.class).get();
        String assign = """
                mutation ($id: ID!, $assignee: ID!) { assignClaim(claimId: $id, assigneeId: $assignee) {
                  claim { assignee { id } } userErrors { code field } } }""";

        this.desk.as(Role.EDITOR).document(assign).variable("id", claim.id()).variable("assignee", reporterId)
                .execute()
                .path("assignClaim.userErrors[0].code").entity(String.class).isEqualTo("INVALID_TRANSITION")
                .path("assignClaim.claim.assignee").valueIsNull();
        this.desk.as(Role.EDITOR).document(assign).variable("id", claim.id()).variable("assignee", "987654321")
                .execute()
                .path("assignClaim.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND")
                .path("assignClaim.userErrors[0].field").entityList(String.class).containsExactly("assigneeId");
    }

    @Test
    void anUnknownClaimIsNotFound() {
        transition(Role.CHECKER, 987654321L, "IN_PROGRESS", 0)
                .path("transitionClaim.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND")
                .path("transitionClaim.claim").valueIsNull();
    }

    @Test
    void aFailedChangeLeavesNoPartialRows() {
        Claim claim = newClaim();
        transition(Role.CHECKER, claim.id(), "IN_PROGRESS", 0);

        // The verdict is valid but the version is stale: no verdict row, no audit event, no version bump.
        this.desk.as(Role.CHECKER).document(VERDICT).variable("id", claim.id()).variable("rating", "TRUE")
                .variable("summary", "Fine.").variable("version", 0)
                .execute()
                .path("setVerdict.userErrors[0].code").entity(String.class).isEqualTo("VERSION_CONFLICT");

        this.desk.as(Role.CHECKER).document("query ($id: ID!) { claim(id: $id) { version verdicts { id } history { id } } }")
                .variable("id", claim.id())
                .execute()
                .path("claim.version").entity(Integer.class).isEqualTo(1)
                .path("claim.verdicts").entityList(Object.class).hasSize(0)
                .path("claim.history").entityList(Object.class).hasSize(2);
    }
}
