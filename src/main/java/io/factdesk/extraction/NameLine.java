package io.factdesk.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.factdesk.person.SpeakerKind;

/**
 * A line that only names a speaker, as articles print before a long quote or an op-ed section:
 * "Ret. Gen. John Murray – Former Commanding General, Army Futures Command", or with a comma for the dash,
 * "Ana Souza, Director, Bahia Coastal Alliance". The statements after it are that speaker's, until another such line.
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
        if (tokens.stream().anyMatch(token -> "VERB".equals(token.tag()) && !token.isCapitalized())) {
            return null;
        }
        Matcher shape = SHAPE.matcher(line.strip());
        if (!shape.matches()) {
            return commaSeparated(line, tokens);
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

    /**
     * "Ana Souza, Director, Bahia Coastal Alliance": a person's full name and nothing else before the first comma,
     * what they are after it.
     */
    private static Speaker commaSeparated(String line, List<Token> tokens) {
        int comma = 0;
        while (comma < tokens.size() && !tokens.get(comma).is(",")) {
            comma++;
        }
        List<NameRun> runs = NameRun.all(tokens);
        if (comma >= tokens.size() - 1 || runs.isEmpty() || runs.get(0).from() != 0 || runs.get(0).to() != comma) {
            return null;
        }
        NameRun name = runs.get(0);
        if (name.kind(tokens) != SpeakerKind.PERSON || name.name(tokens).split(" ").length < 2) {
            return null;
        }
        String role = line.substring(line.indexOf(',') + 1).strip();
        String title = name.title(tokens);
        return new Speaker(name.name(tokens), SpeakerKind.PERSON, (title == null) ? role : title + ", " + role, null);
    }

    private static boolean endsLikeASentence(String line) {
        String text = line.strip();
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") || text.endsWith("”");
    }
}
