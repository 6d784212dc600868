package io.factdesk.extraction;

/** A word of a sentence, with its offsets in the article body and its universal part-of-speech tag. */
record Token(String text, int start, int end, String tag) {

    boolean isProperNoun() {
        return "PROPN".equals(this.tag);
    }

    boolean isNumber() {
        return "NUM".equals(this.tag);
    }

    boolean isCapitalized() {
        return !this.text.isEmpty() && Character.isUpperCase(this.text.codePointAt(0));
    }

    boolean is(String word) {
        return this.text.equalsIgnoreCase(word);
    }
}
