package io.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;

import io.factdesk.person.SpeakerKind;

/**
 * A run of proper-noun tokens in a sentence ({@code from} inclusive, {@code to} exclusive), such as
 * "Ret. Gen. John Murray" or "South Korea's": the shape in which names of people and organizations appear.
 */
record NameRun(int from, int to, boolean possessive) {

    /** Every run of a sentence's tokens, in order. */
    static List<NameRun> all(List<Token> tokens) {
        List<NameRun> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameToken(tokens, i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < tokens.size() && (isNameToken(tokens, i) || isJoiner(tokens, i))) {
                i++;
                if (isPossessive(tokens.get(i - 1))) {
                    break;
                }
            }
            runs.add(new NameRun(start, i, isPossessive(tokens.get(i - 1))));
        }
        return runs;
    }

    /** The name without honorifics ("Ret. Gen.") and without a possessive ending. */
    String name(List<Token> tokens) {
        List<String> words = new ArrayList<>();
        for (int i = firstNameToken(tokens); i < this.to; i++) {
            words.add(stripPossessive(tokens.get(i).text()));
        }
        return String.join(" ", words).replace(" ’s", "").replace(" 's", "").strip();
    }

    /** The honorifics before the name, such as "Ret. Gen.", or null. */
    String title(List<Token> tokens) {
        int first = firstNameToken(tokens);
        if (first == this.from) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        for (int i = this.from; i < first; i++) {
            boolean glued = tokens.get(i).is(".") || title.length() == 0;
            title.append(glued ? "" : " ").append(tokens.get(i).text());
        }
        return title.toString();
    }

    SpeakerKind kind(List<Token> tokens) {
        for (int i = this.from; i < this.to; i++) {
            if (Words.in(Words.ORGANIZATION_WORDS, tokens.get(i))) {
                return SpeakerKind.ORGANIZATION;
            }
        }
        return SpeakerKind.PERSON;
    }

    /**
     * The speaker this run introduces, if the text marks it as one: an organization, or a person given a title
     * or a role ("defense minister Shin Wonsik", "Amina Hassan, the agency's chief epidemiologist").
     */
    Speaker introducedSpeaker(List<Token> tokens) {
        String name = name(tokens);
        if (name.isEmpty() || this.possessive) {
            return null;
        }
        if (kind(tokens) == SpeakerKind.ORGANIZATION) {
            return new Speaker(name, SpeakerKind.ORGANIZATION, null, null);
        }
        String role = Roles.of(tokens, this);
        if (role == null || name.split(" ").length < 2) {
            return null;
        }
        return new Speaker(name, SpeakerKind.PERSON, role, Roles.affiliationBefore(tokens, this));
    }

    /** A speaker for this run, as far as the run alone tells. */
    Speaker asSpeaker(List<Token> tokens) {
        SpeakerKind kind = kind(tokens);
        String role = (kind == SpeakerKind.PERSON) ? Roles.of(tokens, this) : null;
        return new Speaker(name(tokens), kind, role, null);
    }

    private int firstNameToken(List<Token> tokens) {
        int first = this.from;
        while (first < this.to - 1 && (Words.in(Words.HONORIFICS, tokens.get(first)) || tokens.get(first).is("."))) {
            first++;
        }
        return first;
    }

    /**
     * A capitalized proper noun, a capitalized title, or a capitalized noun or adjective inside a sentence (the
     * tagger often calls the "Defense" of "US Defense Intelligence Agency" an adjective).
     */
    private static boolean isNameToken(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.isCapitalized()) {
            return false;
        }
        boolean capitalizedWord = i > 0 && ("NOUN".equals(token.tag()) || "ADJ".equals(token.tag()));
        return token.isProperNoun() || Words.in(Words.HONORIFICS, token) || capitalizedWord;
    }

    /**
     * "of" and "and" join the words of one name ("Bank of England") when a capitalized word follows; a full stop
     * belongs to an abbreviated title before it ("Ret." of "Ret. Gen. John Murray").
     */
    private static boolean isJoiner(List<Token> tokens, int i) {
        if (tokens.get(i).is(".")) {
            return i > 0 && Words.in(Words.HONORIFICS, tokens.get(i - 1)) && i + 1 < tokens.size()
                    && isNameToken(tokens, i + 1);
        }
        boolean joiner = tokens.get(i).is("of") || tokens.get(i).is("and") || tokens.get(i).is("for");
        return joiner && i + 1 < tokens.size() && isNameToken(tokens, i + 1) && i > 0 && isNameToken(tokens, i - 1)
                && !isPossessive(tokens.get(i - 1));
    }

    private static boolean isPossessive(Token token) {
        String text = token.text();
        return text.endsWith("’s") || text.endsWith("'s") || text.equals("’") || text.equals("'");
    }

    private static String stripPossessive(String word) {
        if (word.endsWith("’s") || word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }
}
