package io.factdesk.extraction;

import java.util.List;
import java.util.Locale;

import io.factdesk.person.SpeakerKind;

/**
 * Finds who a sentence says made its statement: the subject of an attribution verb ("Shin said", "the DIA report
 * said", "state prosecutors in Ukraine say"), or the source after "according to". Passive attributions ("are
 * believed", "it's estimated") name nobody.
 */
final class Attribution {

    private Attribution() {
    }

    /** The speaker the sentence names, resolved against those the article named before; null when none. */
    static Speaker speakerOf(Sentence sentence, SpeakerRegistry registry) {
        int verb = attributionVerb(sentence.tokens());
        if (verb >= 0 && !isPassive(sentence.tokens(), verb)) {
            Speaker subject = subject(sentence.tokens(), verb, registry);
            if (subject != null) {
                return subject;
            }
        }
        return accordingTo(sentence, registry);
    }

    private static int attributionVerb(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            boolean verb = "VERB".equals(tokens.get(i).tag()) || "AUX".equals(tokens.get(i).tag());
            if (verb && Words.in(Words.ATTRIBUTION_VERBS, tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPassive(List<Token> tokens, int verb) {
        return verb > 0 && Words.in(Words.PASSIVE_AUXILIARIES, tokens.get(verb - 1))
                || verb > 0 && tokens.get(verb - 1).text().toLowerCase(Locale.ROOT).endsWith("’s")
                && tokens.get(verb - 1).text().length() <= 4;
    }

    /** The speaker in the clause before the verb, or, when that clause names none, just after it. */
    private static Speaker subject(List<Token> tokens, int verb, SpeakerRegistry registry) {
        List<Token> clause = subjectClause(tokens, verb);
        Speaker group = group(clause, registry);
        if (group != null) {
            return group;
        }
        if (clause.size() == 1 && Words.in(Words.PERSONAL_PRONOUNS, clause.get(0))) {
            return registry.lastPerson();
        }
        Speaker named = lastName(clause, registry);
        if (named != null || !clause.stream().allMatch(token -> "DET".equals(token.tag()))) {
            return named;
        }
        return firstName(tokens.subList(verb + 1, Math.min(tokens.size(), verb + 6)), registry);
    }

    /** A group that speaks as one, named by a common noun: "state prosecutors in Ukraine", "the ministry". */
    private static Speaker group(List<Token> clause, SpeakerRegistry registry) {
        for (Token token : clause) {
            if (!token.isCapitalized() && Words.in(Words.GROUP_SPEAKERS, token)) {
                Speaker named = registry.organizationWithWord(token.text());
                return (named != null) ? named
                        : registry.register(new Speaker(phrase(clause), SpeakerKind.ORGANIZATION, null, null));
            }
        }
        return null;
    }

    private static Speaker accordingTo(Sentence sentence, SpeakerRegistry registry) {
        int according = sentence.indexOf("according", 0);
        List<Token> tokens = sentence.tokens();
        if (according < 0 || according + 1 >= tokens.size() || !tokens.get(according + 1).is("to")) {
            return null;
        }
        int end = according + 2;
        while (end < tokens.size() && !tokens.get(end).is(",")) {
            end++;
        }
        List<Token> source = tokens.subList(according + 2, end);
        return firstName(source.subList(sourceStart(source), source.size()), registry);
    }

    /** "a report last year from Conflict Armament Research": the source follows "from" or "by" when present. */
    private static int sourceStart(List<Token> source) {
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).is("from") || source.get(i).is("by")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Speaker lastName(List<Token> tokens, SpeakerRegistry registry) {
        List<NameRun> runs = NameRun.all(tokens);
        return runs.isEmpty() ? knownWord(tokens, registry) : known(runs.get(runs.size() - 1), tokens, registry);
    }

    /** A capitalized word the tagger did not take for a name ("Vogt said" opening a sentence) that names a speaker. */
    private static Speaker knownWord(List<Token> tokens, SpeakerRegistry registry) {
        for (Token token : tokens) {
            Speaker known = token.isCapitalized() ? registry.resolve(token.text()) : null;
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    private static Speaker firstName(List<Token> tokens, SpeakerRegistry registry) {
        List<NameRun> runs = NameRun.all(tokens);
        return runs.isEmpty() ? null : known(runs.get(0), tokens, registry);
    }

    private static Speaker known(NameRun run, List<Token> tokens, SpeakerRegistry registry) {
        Speaker resolved = registry.resolve(run.name(tokens));
        return (resolved != null) ? resolved : registry.register(run.asSpeaker(tokens));
    }

    /**
     * The words before the verb that can hold its subject. After an apposition ("Dr. Amina Hassan, the ministry's
     * chief epidemiologist, told") that is the phrase before the apposition.
     */
    private static List<Token> subjectClause(List<Token> tokens, int verb) {
        int start = clauseStart(tokens, verb);
        boolean afterApposition = start == verb && verb > 0 && tokens.get(verb - 1).is(",");
        if (!afterApposition) {
            return tokens.subList(start, verb);
        }
        int opening = verb - 2;
        while (opening > 0 && !tokens.get(opening).is(",")) {
            opening--;
        }
        return tokens.subList(clauseStart(tokens, opening), Math.max(clauseStart(tokens, opening), opening));
    }

    /** The clause of the verb starts after the last comma, quotation mark or "that" before it. */
    private static int clauseStart(List<Token> tokens, int verb) {
        for (int i = verb - 1; i >= 0; i--) {
            String text = tokens.get(i).text();
            if (text.equals(",") || text.equals("”") || text.equals("\"") || text.equals(";") || text.equals(":")
                    || tokens.get(i).is("that")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String phrase(List<Token> clause) {
        int first = 0;
        while (first < clause.size() - 1 && "DET".equals(clause.get(first).tag())) {
            first++;
        }
        StringBuilder text = new StringBuilder();
        for (Token token : clause.subList(first, clause.size())) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(token.text());
        }
        return text.toString();
    }
}
