package io.factdesk.extraction;

/**
 * A sentence of an article worth checking: its text (exactly the body between {@code start} and {@code end}), how
 * check-worthy it is, from 0 to 1, and who made it, or null when the article states it on its own authority.
 */
public record CandidateClaim(String text, int start, int end, double checkWorthiness, Speaker speaker) {
}
