package io.factdesk.extraction;

import java.util.List;

/**
 * Some consecutive words of a sentence ({@code from} inclusive, {@code to} exclusive): a subject, an apposition,
 * the source after "according to". It keeps the whole sentence, not a sub-list, so that a word knows whether it opens
 * the sentence: a capitalized word inside a sentence is a name ("by Greater Halford Police"), at its start it may not be.
 */
record Phrase(List<Token> sentence, int from, int to) {

    List<Token> tokens() {
        return this.sentence.subList(this.from, this.to);
    }

    int size() {
        return Math.max(0, this.to - this.from);
    }

    boolean isEmpty() {
        return size() == 0;
    }

    Token get(int index) {
        return this.sentence.get(index);
    }

    Token last() {
        return this.sentence.get(this.to - 1);
    }

    /** The same sentence's words from {@code start} to the end of this phrase. */
    Phrase from(int start) {
        return new Phrase(this.sentence, start, this.to);
    }

    List<NameRun> runs() {
        return NameRun.all(this.sentence, this.from, this.to);
    }

    /**
     * The words, without the determiners and possessive pronouns that open them: "the state environment agency" →
     * "state environment agency", "its lead author" → "lead author".
     */
    String text() {
        int first = this.from;
        while (first < this.to - 1 && ("DET".equals(this.sentence.get(first).tag())
                || "PRON".equals(this.sentence.get(first).tag()))) {
            first++;
        }
        StringBuilder text = new StringBuilder();
        for (int i = first; i < this.to; i++) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(this.sentence.get(i).text());
        }
        return text.toString();
    }
}
