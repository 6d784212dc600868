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
        return all(tokens, 0, tokens.size());
    }

    /**
     * Every run within the words {@code from} to {@code to} of a sentence. The indexes stay the sentence's, so that
     * "Greater" of "published by Greater Halford Police" counts as a name word though the range starts there.
     */
    static List<NameRun> all(List<Token> tokens, int from, int to) {
        List<NameRun> runs = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isNameToken(tokens, i, to)) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && (isNameToken(tokens, i, to) || isJoiner(tokens, i, from, to))) {
                i++;
                if (endsName(tokens, i - 1, to)) {
                    break;
                }
            }
            runs.add(new NameRun(start, i, isPossessive(tokens.get(i - 1))));
        }
        return runs;
    }

    /** The name without titles ("Ret. Gen.", "Deputy Governor") and without a possessive ending. */
    String name(List<Token> tokens) {
        List<String> words = new ArrayList<>();
        for (int i = firstNameToken(tokens); i < this.to; i++) {
            words.add(stripPossessive(tokens.get(i).text()));
        }
        return String.join(" ", words).replace(" ’s", "").replace(" 's", "").replace(" ’", "’").replace(" '", "'")
                .strip();
    }

    /** The titles before the name, such as "Ret. Gen." or "Deputy Governor", or null. */
    String title(List<Token> tokens) {
        int first = firstNameToken(tokens);
        int start = (affiliationEnd(tokens) >= 0) ? affiliationEnd(tokens) : this.from;
        return (first == this.from) ? null : words(tokens, start, first);
    }

    /** The organization a titled name opens with: "Bank of England" of "Bank of England Deputy Governor Helen Marsh". */
    String affiliation(List<Token> tokens) {
        int end = affiliationEnd(tokens);
        return (end < 0) ? null : words(tokens, this.from, end);
    }

    /**
     * A person when the run gives the name a title, however the words before the title read ("Bank of England
     * Deputy Governor Helen Marsh"); otherwise an organization when a word says so.
     */
    SpeakerKind kind(List<Token> tokens) {
        int first = firstNameToken(tokens);
        if (first > this.from && !hasOrganizationWord(tokens, first, this.to)) {
            return SpeakerKind.PERSON;
        }
        return hasOrganizationWord(tokens, this.from, this.to) ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON;
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
        String affiliation = affiliation(tokens);
        return new Speaker(name, SpeakerKind.PERSON, role,
                (affiliation != null) ? affiliation : Roles.affiliationBefore(tokens, this));
    }

    /** A speaker for this run, as far as the run alone tells. */
    Speaker asSpeaker(List<Token> tokens) {
        SpeakerKind kind = kind(tokens);
        String role = (kind == SpeakerKind.PERSON) ? Roles.of(tokens, this) : null;
        return new Speaker(name(tokens), kind, role, (kind == SpeakerKind.PERSON) ? affiliation(tokens) : null);
    }

    /**
     * Where the name starts: after the last title that a person's name follows ("Chief Constable Ruth Adeyemi",
     * "Secretary of State Antony Blinken"). A title word followed by an organization's words is part of that
     * organization's name ("European Executive Agency").
     */
    private int firstNameToken(List<Token> tokens) {
        int first = this.from;
        for (int i = this.from; i < this.to - 1; i++) {
            if (Words.in(Words.HONORIFICS, tokens.get(i)) && !hasOrganizationWord(tokens, i + 1, this.to)) {
                first = i + 1;
            }
        }
        boolean titleOfSomething = first > this.from && first + 2 < this.to
                && (tokens.get(first).is("of") || tokens.get(first).is("for"));
        if (titleOfSomething) {
            first += 2;
        }
        while (first < this.to - 1 && tokens.get(first).is(".")) {
            first++;
        }
        return first;
    }

    /** Where the organization before a person's title ends ("Bank of England" Deputy Governor ...), or -1. */
    private int affiliationEnd(List<Token> tokens) {
        int first = firstNameToken(tokens);
        int title = this.from;
        while (title < first && !Words.in(Words.HONORIFICS, tokens.get(title))) {
            title++;
        }
        boolean organization = title > this.from && title < first && hasOrganizationWord(tokens, this.from, title);
        return organization ? title : -1;
    }

    private static boolean hasOrganizationWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Words.in(Words.ORGANIZATION_WORDS, tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static String words(List<Token> tokens, int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int i = from; i < to; i++) {
            boolean glued = tokens.get(i).is(".") || words.length() == 0;
            words.append(glued ? "" : " ").append(tokens.get(i).text());
        }
        return words.toString();
    }

    /**
     * A capitalized proper noun, a capitalized title, or a capitalized noun or adjective inside a sentence (the
     * tagger often calls the "Defense" of "US Defense Intelligence Agency" an adjective), or a camel-case word.
     * Opening a sentence, such a
     * word is taken only before another capitalized word ("Greater Halford Police said"), not before common words
     * ("Local fishermen say").
     */
    private static boolean isNameToken(List<Token> tokens, int i, int to) {
        Token token = tokens.get(i);
        if (!token.isCapitalized()) {
            return false;
        }
        boolean nounOrAdjective = "NOUN".equals(token.tag()) || "ADJ".equals(token.tag());
        boolean beforeName = i + 1 < to && tokens.get(i + 1).isCapitalized() && !"DET".equals(token.tag())
                && List.of("PROPN", "NOUN", "ADJ").contains(tokens.get(i + 1).tag());
        // The tagger takes "Makers’" of "European Bus Makers’ Association" for anything; a capital says more.
        boolean capitalizedWord = (nounOrAdjective || isPossessive(token)) && (i > 0 || beforeName);
        return token.isProperNoun() || Words.in(Words.HONORIFICS, token) || capitalizedWord || isCamelCase(token);
    }

    /** "RailWatch", "AEMET": capitals inside a word mark a name, whatever the tagger took it for (it says verb). */
    private static boolean isCamelCase(Token token) {
        String text = token.text();
        return text.length() > 1 && text.substring(1).chars().anyMatch(Character::isUpperCase)
                && text.chars().allMatch(Character::isLetter);
    }

    /**
     * "of" and "and" join the words of one name ("Bank of England") when a capitalized word follows; a full stop
     * belongs to an abbreviated title before it ("Ret." of "Ret. Gen. John Murray").
     */
    private static boolean isJoiner(List<Token> tokens, int i, int from, int to) {
        if (tokens.get(i).is(".")) {
            return i > from && Words.in(Words.HONORIFICS, tokens.get(i - 1)) && i + 1 < to
                    && isNameToken(tokens, i + 1, to);
        }
        boolean joiner = tokens.get(i).is("of") || tokens.get(i).is("and") || tokens.get(i).is("for");
        return joiner && i + 1 < to && isNameToken(tokens, i + 1, to) && i > from && isNameToken(tokens, i - 1, to)
                && !isPossessive(tokens.get(i - 1));
    }

    /**
     * A possessive ends a name ("Uganda’s Ministry of Health" names the ministry), except a plural one inside a
     * name ("European Automobile Manufacturers’ Association").
     */
    private static boolean endsName(List<Token> tokens, int i, int to) {
        if (!isPossessive(tokens.get(i))) {
            return false;
        }
        String text = tokens.get(i).text();
        boolean plural = text.length() > 1 && (text.endsWith("s’") || text.endsWith("s'"));
        return !(plural && i + 1 < to && isNameToken(tokens, i + 1, to));
    }

    private static boolean isPossessive(Token token) {
        String text = token.text();
        return text.endsWith("’s") || text.endsWith("'s") || text.endsWith("’") || text.endsWith("'");
    }

    private static String stripPossessive(String word) {
        if (word.endsWith("’s") || word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }
}
