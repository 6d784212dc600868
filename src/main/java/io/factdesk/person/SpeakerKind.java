package io.factdesk.person;

/** Whether a speaker is a person or an organization that makes statements. */
public enum SpeakerKind {
    PERSON, ORGANIZATION
}
