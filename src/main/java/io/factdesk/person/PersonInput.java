package io.factdesk.person;

import io.factdesk.graphql.InputCheck;

/** The input of {@code createPerson}, and of {@code updatePerson} where null fields keep their value. */
public record PersonInput(String name, SpeakerKind kind, String role, String affiliation) {

    /** Checks the fields given against the limits of the person table. */
    InputCheck check(boolean nameRequired) {
        InputCheck check = new InputCheck();
        if (nameRequired || this.name != null) {
            check.required("input.name", this.name, 200);
        }
        return check.optional("input.role", this.role, 300).optional("input.affiliation", this.affiliation, 300);
    }
}
