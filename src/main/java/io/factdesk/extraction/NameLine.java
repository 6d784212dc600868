package io.factdesk.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.factdesk.person.SpeakerKind;

/**
 * A line that only names a speaker, as articles print before a long quote or an op-ed section:
 * "Ret. Gen. John Murray – Former Commanding General, Army Futures Command". The statements after it are that
 * speaker's, until another such line.
 */
final class NameLine {

    // A name, a dash, and what the speaker is; no sentence-final punctuation.
    private static final Pattern SHAPE = Pattern.compile("^([^–—|!?]+?)\\s+[–—|-]\\s+(.+?)\\s*$");

    private NameLine() {
    }

    /** The speaker the line names, or null when it is not a name line. */
    static Speaker speaker(String line, List<Token> tokens) {
        if (tokens.size() > 16 || line.startsWith("By ") || endsLikeASentence(line)) {
            return null;
        }
        Matcher shape = SHAPE.matcher(line.strip());
        if (!shape.matches() || tokens.stream().anyMatch(token -> "VERB".equals(token.tag()) && !token.isCapitalized())) {
            return null;
        }
        List<NameRun> runs = NameRun.all(tokens);
        if (runs.isEmpty() || runs.get(0).from() != 0) {
            return null;
        }
        NameRun name = runs.get(0);
        String title = name.title(tokens);
        String role = (title == null) ? shape.group(2) : title + ", " + shape.group(2);
        return new Speaker(name.name(tokens), name.kind(tokens), name.kind(tokens) == SpeakerKind.PERSON ? role : null,
                null);
    }

    private static boolean endsLikeASentence(String line) {
        String text = line.strip();
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") || text.endsWith("”");
    }
}
