package io.factdesk.verification;

import java.util.Map;
import java.util.Set;

import io.factdesk.security.Role;

import static io.factdesk.security.Role.ADMIN;
import static io.factdesk.security.Role.CHECKER;
import static io.factdesk.security.Role.EDITOR;
import static io.factdesk.verification.VerificationState.DISMISSED;
import static io.factdesk.verification.VerificationState.IN_PROGRESS;
import static io.factdesk.verification.VerificationState.IN_REVIEW;
import static io.factdesk.verification.VerificationState.NEW;
import static io.factdesk.verification.VerificationState.PUBLISHED;

/**
 * The verification workflow: which state a claim may move to from which, who may move it, and what must hold
 * first. The one place these rules live; services ask it and do what it says.
 */
public final class ClaimWorkflow {

    private static final Set<Role> CHECKERS = Set.of(CHECKER, EDITOR, ADMIN);
    private static final Set<Role> EDITORS = Set.of(EDITOR, ADMIN);

    /** Every step of the workflow, with the roles that may take it. */
    private static final Map<Step, Set<Role>> STEPS = Map.ofEntries(
            Map.entry(new Step(NEW, IN_PROGRESS), CHECKERS),
            Map.entry(new Step(NEW, DISMISSED), EDITORS),
            Map.entry(new Step(IN_PROGRESS, NEW), CHECKERS),
            Map.entry(new Step(IN_PROGRESS, IN_REVIEW), CHECKERS),
            Map.entry(new Step(IN_PROGRESS, DISMISSED), EDITORS),
            Map.entry(new Step(IN_REVIEW, IN_PROGRESS), CHECKERS),
            Map.entry(new Step(IN_REVIEW, PUBLISHED), EDITORS),
            Map.entry(new Step(IN_REVIEW, DISMISSED), EDITORS),
            Map.entry(new Step(PUBLISHED, IN_PROGRESS), EDITORS),
            Map.entry(new Step(DISMISSED, NEW), EDITORS));

    /** States in which a claim is being checked: evidence and verdicts may be added, work assigned. */
    private static final Set<VerificationState> OPEN_FOR_CHECKING = Set.of(IN_PROGRESS, IN_REVIEW);
    private static final Set<VerificationState> ASSIGNABLE = Set.of(NEW, IN_PROGRESS, IN_REVIEW);

    private ClaimWorkflow() {
    }

    /**
     * Whether a member with {@code roles} may move a claim in state {@code from}, with the given {@code facts}, to
     * {@code to}. A step that is no step of the workflow is invalid for everyone; a step the roles may not take is
     * forbidden; a step whose condition does not hold is invalid.
     */
    public static Decision decide(VerificationState from, VerificationState to, Set<Role> roles, ClaimFacts facts) {
        Set<Role> allowed = STEPS.get(new Step(from, to));
        if (allowed == null) {
            return Decision.invalid("A claim cannot move from " + from + " to " + to);
        }
        if (roles.stream().noneMatch(allowed::contains)) {
            return Decision.forbidden("Moving a claim from " + from + " to " + to + " needs one of the roles "
                    + allowed.stream().sorted().toList());
        }
        if (to == IN_REVIEW && !(facts.hasProposedVerdict() && facts.evidenceCount() > 0)) {
            return Decision.invalid("A claim goes to review with a proposed verdict and at least one piece of "
                    + "evidence; it has " + (facts.hasProposedVerdict() ? "a verdict" : "no verdict") + " and "
                    + facts.evidenceCount() + " pieces of evidence");
        }
        if (to == PUBLISHED && !facts.hasProposedVerdict()) {
            return Decision.invalid("There is no proposed verdict to publish");
        }
        return Decision.ALLOWED;
    }

    /** The step {@code reopenClaim} takes from {@code from}, or null when a claim in that state does not reopen. */
    public static VerificationState reopenedState(VerificationState from) {
        if (from == PUBLISHED) {
            return IN_PROGRESS;
        }
        return (from == DISMISSED) ? NEW : null;
    }

    /** Evidence is added and verdicts are proposed only while a claim is being checked. */
    public static Decision mayRecordFindings(VerificationState state) {
        return OPEN_FOR_CHECKING.contains(state) ? Decision.ALLOWED
                : Decision.invalid("Evidence and verdicts are recorded while a claim is IN_PROGRESS or IN_REVIEW; "
                        + "this one is " + state);
    }

    /** Work is assigned on claims that are not settled; the assignee must be able to check claims. */
    public static Decision mayAssign(VerificationState state, Set<Role> assigneeRoles) {
        if (!ASSIGNABLE.contains(state)) {
            return Decision.invalid("A " + state + " claim is settled; reopen it before assigning it");
        }
        if (assigneeRoles.stream().noneMatch(CHECKERS::contains)) {
            return Decision.invalid("Claims are assigned to checkers, editors or admins");
        }
        return Decision.ALLOWED;
    }

    /**
     * An editor may publish, for a claim not yet settled, the published verdict of a claim the desk confirmed
     * states the same thing.
     */
    public static Decision mayAdoptVerdict(VerificationState state, VerificationState sourceState,
            boolean confirmedMatch, Set<Role> roles) {
        if (roles.stream().noneMatch(EDITORS::contains)) {
            return Decision.forbidden("Adopting a verdict needs one of the roles " + EDITORS.stream().sorted().toList());
        }
        if (!ASSIGNABLE.contains(state)) {
            return Decision.invalid("A " + state + " claim is settled; reopen it before adopting a verdict");
        }
        if (sourceState != PUBLISHED) {
            return Decision.invalid("Only a PUBLISHED claim's verdict can be adopted; that one is " + sourceState);
        }
        if (!confirmedMatch) {
            return Decision.invalid("Confirm that the two claims state the same thing (linkClaims) first");
        }
        return Decision.ALLOWED;
    }

    /** What the workflow needs to know of a claim beyond its state. */
    public record ClaimFacts(boolean hasProposedVerdict, int evidenceCount) {
    }

    /** The workflow's answer. */
    public record Decision(Outcome outcome, String reason) {

        static final Decision ALLOWED = new Decision(Outcome.ALLOWED, null);

        static Decision invalid(String reason) {
            return new Decision(Outcome.INVALID, reason);
        }

        static Decision forbidden(String reason) {
            return new Decision(Outcome.FORBIDDEN, reason);
        }
    }

    public enum Outcome {
        ALLOWED, FORBIDDEN, INVALID
    }

    private record Step(VerificationState from, VerificationState to) {
    }
}
