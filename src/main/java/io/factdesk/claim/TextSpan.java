package io.factdesk.claim;

/** A half-open range {@code [start, end)} of character offsets in an article body. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A span needs 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }
}
