package io.factdesk.claim;

/** A span as a client sends it, not yet checked against the article's text. */
public record TextSpanInput(int start, int end) {
}
