package io.factdesk.person;

/** A speaker as the desk first records it, before it has an id. */
public record NewPerson(String name, SpeakerKind kind, String role, String affiliation) {
}
