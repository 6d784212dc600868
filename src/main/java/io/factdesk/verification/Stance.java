package io.factdesk.verification;

/** How a piece of evidence bears on its claim. */
public enum Stance {
    SUPPORTS, REFUTES, CONTEXT
}
