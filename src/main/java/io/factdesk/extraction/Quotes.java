package io.factdesk.extraction;

/** Where quotations open and close, to carry a speaker into the sentences of their quote. */
final class Quotes {

    private Quotes() {
    }

    /** Whether the sentence starts with an opening quotation mark. */
    static boolean opens(String sentence) {
        String text = sentence.strip();
        return text.startsWith("“") || text.startsWith("\"");
    }

    /** Whether a quotation is still open after the sentence, given whether one was open before it. */
    static boolean leavesOpen(String sentence, boolean openBefore) {
        boolean open = openBefore;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '“') {
                open = true;
            }
            else if (c == '”') {
                open = false;
            }
            else if (c == '"') {
                open = !open;
            }
        }
        return open;
    }
}
