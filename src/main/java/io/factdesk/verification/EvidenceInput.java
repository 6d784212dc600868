package io.factdesk.verification;

/** The input of {@code addEvidence}. */
public record EvidenceInput(String url, String sourceName, String excerpt, Stance stance) {
}
