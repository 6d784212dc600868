package io.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/** Reads the role a text gives a person: a title, the words before the name, or an apposition after it. */
final class Roles {

    private static final int MAX_ROLE_WORDS = 8;

    private Roles() {
    }

    /** "defense minister" in "defense minister Shin Wonsik", "Ret. Gen." in "Ret. Gen. John Murray", or null. */
    static String of(List<Token> tokens, NameRun run) {
        List<String> parts = new ArrayList<>();
        String before = wordsBefore(tokens, run.from());
        if (before != null) {
            parts.add(before);
        }
        String title = run.title(tokens);
        if (title != null) {
            parts.add(title);
        }
        String apposition = apposition(tokens, run.to());
        if (apposition != null) {
            parts.add(apposition);
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** "South Korea" in "South Korea's defense minister Shin Wonsik". */
    static String affiliationBefore(List<Token> tokens, NameRun run) {
        int i = run.from() - 1;
        while (i >= 0 && isRoleWord(tokens.get(i))) {
            i--;
        }
        for (NameRun previous : NameRun.all(tokens.subList(0, Math.max(0, i + 1)))) {
            if (previous.possessive() && previous.to() == i + 1) {
                return previous.name(tokens);
            }
        }
        return null;
    }

    /** Lower-case nouns and adjectives just before the name: "chief epidemiologist", "defense minister". */
    private static String wordsBefore(List<Token> tokens, int start) {
        int i = start - 1;
        while (i >= 0 && isRoleWord(tokens.get(i)) && start - i <= MAX_ROLE_WORDS) {
            i--;
        }
        boolean capitalizedOpening = i == 0 && i + 1 < start && isNounOrAdjective(tokens.get(0));
        return join(tokens, capitalizedOpening ? 0 : i + 1, start);
    }

    /** ", the agency's chief epidemiologist," after the name. */
    private static String apposition(List<Token> tokens, int end) {
        if (end >= tokens.size() || !tokens.get(end).is(",")) {
            return null;
        }
        int close = end + 1;
        while (close < tokens.size() && !tokens.get(close).is(",") && close - end <= MAX_ROLE_WORDS) {
            close++;
        }
        boolean closed = close < tokens.size() && tokens.get(close).is(",");
        boolean describes = end + 1 < close && "DET".equals(tokens.get(end + 1).tag())
                && tokens.subList(end + 1, close).stream().noneMatch(token -> "VERB".equals(token.tag()));
        return (closed && describes) ? join(tokens, end + 1, close) : null;
    }

    private static boolean isRoleWord(Token token) {
        return isNounOrAdjective(token) && !token.isCapitalized();
    }

    private static boolean isNounOrAdjective(Token token) {
        return "NOUN".equals(token.tag()) || "ADJ".equals(token.tag());
    }

    private static String join(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            words.add(tokens.get(i).text());
        }
        return String.join(" ", words);
    }
}
