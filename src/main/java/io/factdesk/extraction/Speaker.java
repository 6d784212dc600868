package io.factdesk.extraction;

import io.factdesk.person.SpeakerKind;

/** Who made a claim, as the article names them: a person with their role, or an organization. */
public record Speaker(String name, SpeakerKind kind, String role, String affiliation) {
}
