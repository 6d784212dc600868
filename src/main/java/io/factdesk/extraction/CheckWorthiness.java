package io.factdesk.extraction;

import java.util.List;
import java.util.Set;

/**
 * Scores how worth checking a sentence is, from 0 to 1, from what fact-checkers look for: quantities,
 * comparisons, changes, attributions and official findings raise it; questions, opinions, speculation and
 * fragments lower it. Each feature counts once, so that a long sentence does not win by length.
 */
final class CheckWorthiness {

    /** From here on a sentence is a candidate claim. */
    static final double THRESHOLD = 0.45;

    private CheckWorthiness() {
    }

    static double score(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (isQuestion(sentence) || tokens.size() < 6 || isFragment(sentence)) {
            return 0;
        }
        double score = 0.1;
        score += quantity(tokens);
        score += has(tokens, Words.ATTRIBUTION_VERBS) || mentionsAccordingTo(sentence) ? 0.35 : 0;
        score += comparison(tokens) ? 0.2 : 0;
        score += has(tokens, Words.CHANGE_VERBS) ? 0.2 : 0;
        score += has(tokens, Words.FINDING_WORDS) ? 0.15 : 0;
        score += tokens.stream().anyMatch(Token::isProperNoun) ? 0.1 : 0;
        score += has(tokens, Words.SPECULATION_WORDS) ? -0.25 : 0.1;
        score -= isOpinion(tokens) ? 0.45 : 0;
        return Math.max(0, Math.min(1, score));
    }

    private static double quantity(List<Token> tokens) {
        boolean number = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (isMeasuredNumber(tokens, i) || Words.in(Words.QUANTITY_WORDS, tokens.get(i))) {
                return 0.35;
            }
            number |= Words.in(Words.SHARE_WORDS, tokens.get(i)) || Words.in(Words.SMALL_NUMBERS, tokens.get(i));
        }
        return number ? 0.2 : 0;
    }

    /** A figure in digits, unless it only tells the time of day. */
    private static boolean isMeasuredNumber(List<Token> tokens, int index) {
        boolean digits = tokens.get(index).text().chars().anyMatch(Character::isDigit);
        boolean timeOfDay = index + 1 < tokens.size() && Words.in(Words.TIME_OF_DAY, tokens.get(index + 1));
        return digits && !timeOfDay;
    }

    /** A comparative or superlative; "more" and "less" count only when compared with something ("than"). */
    private static boolean comparison(List<Token> tokens) {
        boolean than = tokens.stream().anyMatch(token -> token.is("than"));
        for (Token token : tokens) {
            boolean vague = token.is("more") || token.is("less");
            if (Words.in(Words.COMPARATIVES, token) && (than || !vague)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpinion(List<Token> tokens) {
        if (has(tokens, Words.OPINION_WORDS)) {
            return true;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            boolean firstPerson = tokens.get(i).is("I") || tokens.get(i).is("we");
            if (firstPerson && Words.in(Words.FIRST_PERSON_VIEWS, tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuestion(Sentence sentence) {
        String text = sentence.text().strip();
        return text.endsWith("?") || text.endsWith("?”") || text.endsWith("?\"");
    }

    private static boolean mentionsAccordingTo(Sentence sentence) {
        int according = sentence.indexOf("according", 0);
        return according >= 0 && according + 1 < sentence.tokens().size()
                && sentence.tokens().get(according + 1).is("to");
    }

    /** A headline or a label: no verb, and no full stop either. */
    private static boolean isFragment(Sentence sentence) {
        boolean verb = sentence.tokens().stream()
                .anyMatch(token -> "VERB".equals(token.tag()) || "AUX".equals(token.tag()));
        String text = sentence.text().strip();
        return !verb && !(text.endsWith(".") || text.endsWith(".”") || text.endsWith(".\""));
    }

    private static boolean has(List<Token> tokens, Set<String> words) {
        return tokens.stream().anyMatch(token -> Words.in(words, token));
    }
}
