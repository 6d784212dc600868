package io.factdesk.extraction;

import java.util.List;

/** A sentence of an article body: its offsets, its text and its tagged tokens. */
record Sentence(int start, int end, String text, List<Token> tokens) {

    Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The index of the first token equal to {@code word} (ignoring case) at or after {@code from}, or -1. */
    int indexOf(String word, int from) {
        for (int i = Math.max(0, from); i < this.tokens.size(); i++) {
            if (this.tokens.get(i).is(word)) {
                return i;
            }
        }
        return -1;
    }
}
