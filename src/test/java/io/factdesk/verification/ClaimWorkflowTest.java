package io.factdesk.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.factdesk.security.Role;
import io.factdesk.verification.ClaimWorkflow.ClaimFacts;
import io.factdesk.verification.ClaimWorkflow.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimWorkflowTest {

    /** The workflow as the desk describes it: each allowed step and the roles that may take it. */
    private static final String ALLOWED_STEPS = """
            NEW         IN_PROGRESS  CHECKER EDITOR ADMIN
            NEW         DISMISSED    EDITOR ADMIN
            IN_PROGRESS NEW          CHECKER EDITOR ADMIN
            IN_PROGRESS IN_REVIEW    CHECKER EDITOR ADMIN
            IN_PROGRESS DISMISSED    EDITOR ADMIN
            IN_REVIEW   IN_PROGRESS  CHECKER EDITOR ADMIN
            IN_REVIEW   PUBLISHED    EDITOR ADMIN
            IN_REVIEW   DISMISSED    EDITOR ADMIN
            PUBLISHED   IN_PROGRESS  EDITOR ADMIN
            DISMISSED   NEW          EDITOR ADMIN
            """;

    private static final ClaimFacts READY = new ClaimFacts(true, 1);

    /** Every (state, target, role) triple, with what the table above says of it. */
    static Stream<Arguments> everyTriple() {
        List<Arguments> triples = new ArrayList<>();
        for (VerificationState from : VerificationState.values()) {
            for (VerificationState to : VerificationState.values()) {
                for (Role role : Role.values()) {
                    triples.add(Arguments.of(from, to, role, expected(from, to, role)));
                }
            }
        }
        return triples.stream();
    }

    private static Outcome expected(VerificationState from, VerificationState to, Role role) {
        for (String line : ALLOWED_STEPS.strip().split("\n")) {
            List<String> words = List.of(line.trim().split("\\s+"));
            if (words.get(0).equals(from.name()) && words.get(1).equals(to.name())) {
                return words.subList(2, words.size()).contains(role.name()) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            }
        }
        return Outcome.INVALID;
    }

    @ParameterizedTest(name = "{0} -> {1} by {2}: {3}")
    @MethodSource("everyTriple")
    void decidesEveryStepForEveryRole(VerificationState from, VerificationState to, Role role, Outcome expected) {
        assertThat(ClaimWorkflow.decide(from, to, Set.of(role), READY).outcome()).isEqualTo(expected);
    }

    @Test
    void reviewNeedsAProposedVerdictAndEvidence() {
        var decide = (java.util.function.Function<ClaimFacts, ClaimWorkflow.Decision>) facts ->
                ClaimWorkflow.decide(VerificationState.IN_PROGRESS, VerificationState.IN_REVIEW, Set.of(Role.CHECKER),
                        facts);

        assertThat(decide.apply(new ClaimFacts(false, 3)).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(decide.apply(new ClaimFacts(true, 0)).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(decide.apply(new ClaimFacts(true, 0)).reason()).contains("0 pieces of evidence");
        assertThat(decide.apply(new ClaimFacts(true, 1)).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void publishingNeedsAProposedVerdict() {
        assertThat(ClaimWorkflow.decide(VerificationState.IN_REVIEW, VerificationState.PUBLISHED, Set.of(Role.EDITOR),
                new ClaimFacts(false, 2)).outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void aMemberWithSeveralRolesMayTakeAnyStepOneOfThemAllows() {
        assertThat(ClaimWorkflow.decide(VerificationState.IN_REVIEW, VerificationState.PUBLISHED,
                Set.of(Role.REPORTER, Role.EDITOR), READY).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void reopeningLeadsBackToWork() {
        assertThat(ClaimWorkflow.reopenedState(VerificationState.PUBLISHED)).isEqualTo(VerificationState.IN_PROGRESS);
        assertThat(ClaimWorkflow.reopenedState(VerificationState.DISMISSED)).isEqualTo(VerificationState.NEW);
        assertThat(ClaimWorkflow.reopenedState(VerificationState.IN_REVIEW)).isNull();
    }

    @Test
    void findingsAreRecordedOnlyWhileChecking() {
        for (VerificationState state : VerificationState.values()) {
            boolean checking = state == VerificationState.IN_PROGRESS || state == VerificationState.IN_REVIEW;
            assertThat(ClaimWorkflow.mayRecordFindings(state).outcome())
                    .isEqualTo(checking ? Outcome.ALLOWED : Outcome.INVALID);
        }
    }

    @Test
    void workGoesToCheckersOnUnsettledClaims() {
        assertThat(ClaimWorkflow.mayAssign(VerificationState.NEW, Set.of(Role.CHECKER)).outcome())
                .isEqualTo(Outcome.ALLOWED);
        assertThat(ClaimWorkflow.mayAssign(VerificationState.NEW, Set.of(Role.REPORTER)).outcome())
                .isEqualTo(Outcome.INVALID);
        assertThat(ClaimWorkflow.mayAssign(VerificationState.PUBLISHED, Set.of(Role.CHECKER)).outcome())
                .isEqualTo(Outcome.INVALID);
    }
}
