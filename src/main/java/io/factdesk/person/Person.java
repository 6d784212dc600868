package io.factdesk.person;

import java.time.Instant;

/** A speaker claims are attributed to: a person, or an organization that makes statements. */
public record Person(long id, String name, SpeakerKind kind, String role, String affiliation, Instant createdAt) {
}
