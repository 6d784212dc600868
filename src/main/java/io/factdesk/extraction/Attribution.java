package io.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.factdesk.person.SpeakerKind;

/**
 * Finds who a sentence says made its statement: the subject of an attribution verb ("Shin said", "the DIA report
 * said", "state prosecutors in Ukraine say"), the source of a finding ("a study published in Nature Medicine
 * found"), or the source after "according to". Passive attributions ("are believed", "it's estimated") name nobody.
 */
final class Attribution {

    /** How far after an inverted verb ("..., said Carla Mendes") the speaker's name may start. */
    private static final int INVERTED_SUBJECT_WORDS = 5;

    /** A group named by common nouns is short ("local fishermen"); a longer phrase is more likely a clause. */
    private static final int MAX_GROUP_WORDS = 4;

    private Attribution() {
    }

    /** The speaker the sentence names, resolved against those the article named before; null when none. */
    static Speaker speakerOf(Sentence sentence, SpeakerRegistry registry) {
        List<Token> tokens = sentence.tokens();
        // The first attribution verb may have no subject of its own ("Heat killed an estimated 47,000 people, a
        // study ... found"); a later one may.
        for (int verb = 0; verb < tokens.size(); verb++) {
            if (isAttributionVerb(tokens, verb) && !isPassive(tokens, verb)) {
                Speaker subject = subject(tokens, verb, registry);
                if (subject != null) {
                    return subject;
                }
            }
        }
        return accordingTo(sentence, registry);
    }

    /**
     * An attribution verb, unless a determiner makes it an adjective ("an estimated 47,000 people"). "said" and
     * the like are verbs whatever the tagger says (it tags "The inspectorate said" as two adjectives).
     */
    private static boolean isAttributionVerb(List<Token> tokens, int i) {
        boolean verb = "VERB".equals(tokens.get(i).tag()) || "AUX".equals(tokens.get(i).tag())
                || Words.in(Words.SPEECH_VERBS, tokens.get(i));
        boolean adjective = i > 0 && "DET".equals(tokens.get(i - 1).tag());
        return verb && !adjective && Words.in(Words.ATTRIBUTION_VERBS, tokens.get(i));
    }

    private static boolean isPassive(List<Token> tokens, int verb) {
        return verb > 0 && Words.in(Words.PASSIVE_AUXILIARIES, tokens.get(verb - 1))
                || verb > 0 && tokens.get(verb - 1).text().toLowerCase(Locale.ROOT).endsWith("’s")
                && tokens.get(verb - 1).text().length() <= 4;
    }

    /** The speaker in the clause before the verb, or, when that clause names none, just after it. */
    private static Speaker subject(List<Token> tokens, int verb, SpeakerRegistry registry) {
        Phrase clause = subjectClause(tokens, verb);
        Phrase apposition = apposition(tokens, verb);
        Speaker speaker = (apposition != null) ? apposedName(clause, apposition, registry) : null;
        if (speaker == null) {
            speaker = findingSource(clause, registry);
        }
        if (speaker == null) {
            speaker = group(clause, registry);
        }
        if (speaker == null) {
            speaker = pronoun(clause, registry);
        }
        if (speaker == null) {
            speaker = lastName(clause, registry);
        }
        if (speaker == null) {
            speaker = commonGroup(clause, registry);
        }
        if (speaker != null || !clause.tokens().stream().allMatch(token -> "DET".equals(token.tag()))) {
            return speaker;
        }
        return firstName(new Phrase(tokens, verb + 1, Math.min(tokens.size(), verb + 1 + INVERTED_SUBJECT_WORDS)),
                registry);
    }

    /** "he" or "she" for the last person named, "it" for the last organization. */
    private static Speaker pronoun(Phrase clause, SpeakerRegistry registry) {
        if (clause.size() != 1) {
            return null;
        }
        if (Words.in(Words.PERSONAL_PRONOUNS, clause.last())) {
            return registry.lastPerson();
        }
        return clause.last().is("it") ? registry.lastOrganization() : null;
    }

    /**
     * "The operator’s managing director, Owen Pryce, said", "Spain’s national weather agency, AEMET, said": a
     * description, then the name in an apposition. The name speaks; an organization's description becomes another
     * way to call it ("the agency").
     */
    private static Speaker apposedName(Phrase description, Phrase apposition, SpeakerRegistry registry) {
        List<NameRun> runs = apposition.runs();
        boolean named = !runs.isEmpty() && runs.get(0).from() == apposition.from();
        boolean describes = !description.isEmpty() && "NOUN".equals(description.last().tag())
                && !description.last().isCapitalized();
        if (!named || !describes) {
            return null;
        }
        NameRun run = runs.get(0);
        Speaker known = registry.resolve(run.name(apposition.sentence()));
        if (known != null) {
            return known;
        }
        if (isOrganizationHead(description.last())) {
            Speaker organization = registry.register(
                    new Speaker(run.name(apposition.sentence()), SpeakerKind.ORGANIZATION, null, null));
            registry.describe(organization, description.text());
            return organization;
        }
        Speaker person = run.asSpeaker(apposition.sentence());
        return registry.register(new Speaker(person.name(), person.kind(),
                (person.kind() == SpeakerKind.PERSON) ? description.text() : null, person.affiliation()));
    }

    /**
     * "A report by the independent inspectorate found", "data from the European Automobile Manufacturers’
     * Association show", "a study published in Nature Medicine found": the finding's source speaks.
     */
    private static Speaker findingSource(Phrase clause, SpeakerRegistry registry) {
        for (int i = clause.from(); i < clause.to(); i++) {
            if (Words.in(Words.FINDING_NOUNS, clause.get(i)) && !clause.get(i).isCapitalized()) {
                int start = sourceStart(clause.from(i + 1));
                return (start > i + 1) ? findingAuthor(clause.from(start), registry) : null;
            }
        }
        return null;
    }

    /**
     * Who a finding is by: a name without a title is an institution or a publication ("Nature Medicine",
     * "RailWatch"), whatever its words; else a group ("the independent inspectorate").
     */
    private static Speaker findingAuthor(Phrase source, SpeakerRegistry registry) {
        List<NameRun> runs = source.runs();
        if (runs.isEmpty()) {
            return group(source, registry);
        }
        NameRun run = runs.get(0);
        Speaker known = registry.resolve(run.name(source.sentence()));
        if (known != null) {
            return known;
        }
        Speaker named = run.asSpeaker(source.sentence());
        return registry.register((run.title(source.sentence()) != null) ? named
                : new Speaker(named.name(), SpeakerKind.ORGANIZATION, null, null));
    }

    /**
     * A group that speaks as one, named by a common noun: "state prosecutors in Ukraine", "the ministry". A bare
     * head noun ("the ministry", "the agency") refers back to an organization named before; a modified one ("the
     * statistics office") to one whose name also has a modifier, else it is a new speaker.
     */
    private static Speaker group(Phrase clause, SpeakerRegistry registry) {
        for (int i = clause.from(); i < clause.to(); i++) {
            Token head = clause.get(i);
            if (!head.isCapitalized() && Words.in(Words.GROUP_SPEAKERS, head)) {
                List<String> modifiers = modifiers(clause, i);
                Speaker named = registry.organizationWith(head.text(), modifiers);
                if (named == null && modifiers.isEmpty() && Words.in(Words.GENERIC_ORGANIZATIONS, head)) {
                    named = registry.lastOrganization();
                }
                return (named != null) ? named
                        : registry.register(new Speaker(clause.text(), SpeakerKind.ORGANIZATION, null, null));
            }
        }
        return null;
    }

    /** The lower-case words before a head noun that narrow it: "statistics" of "the statistics office". */
    private static List<String> modifiers(Phrase clause, int head) {
        List<String> modifiers = new ArrayList<>();
        for (int i = clause.from(); i < head; i++) {
            Token token = clause.get(i);
            boolean describing = "NOUN".equals(token.tag()) || "ADJ".equals(token.tag());
            if (describing && !token.isCapitalized()) {
                modifiers.add(token.text());
            }
        }
        return modifiers;
    }

    /**
     * "Local fishermen say": a short plural noun phrase without a name is a group that speaks as one. A finding
     * ("the figures show") is not a speaker.
     */
    private static Speaker commonGroup(Phrase clause, SpeakerRegistry registry) {
        if (clause.isEmpty() || clause.size() > MAX_GROUP_WORDS || !clause.runs().isEmpty()) {
            return null;
        }
        for (Token token : clause.tokens()) {
            String tag = token.tag();
            if (!tag.equals("DET") && !tag.equals("ADJ") && !tag.equals("NOUN") && !tag.equals("NUM")) {
                return null;
            }
        }
        Token head = clause.last();
        String word = head.text().toLowerCase(Locale.ROOT);
        boolean plural = (word.endsWith("s") && !word.endsWith("ss")) || word.endsWith("men") || word.equals("people");
        if (!"NOUN".equals(head.tag()) || !plural || Words.in(Words.FINDING_NOUNS, head)) {
            return null;
        }
        return registry.register(new Speaker(clause.text(), SpeakerKind.ORGANIZATION, null, null));
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
        Phrase source = new Phrase(tokens, according + 2, end);
        return source(source.from(sourceStart(source)), registry);
    }

    /** A source is a name if it has one ("Eurostat", "a Reuters report"), else a group ("the agency"). */
    private static Speaker source(Phrase source, SpeakerRegistry registry) {
        Speaker named = firstName(source, registry);
        return (named != null) ? named : group(source, registry);
    }

    /**
     * "a report last year from Conflict Armament Research", "a study published in Nature Medicine": the source
     * follows "from", "by" or "published in" when there is one; else the phrase starts there.
     */
    private static int sourceStart(Phrase source) {
        for (int i = source.from(); i < source.to(); i++) {
            Token token = source.get(i);
            boolean publishedIn = token.is("in") && i > source.from() && source.get(i - 1).is("published");
            if (token.is("from") || token.is("by") || publishedIn) {
                return i + 1;
            }
        }
        return source.from();
    }

    private static boolean isOrganizationHead(Token head) {
        return Words.in(Words.GROUP_SPEAKERS, head) || Words.in(Words.ORGANIZATION_WORDS, head)
                || Words.in(Words.GENERIC_ORGANIZATIONS, head);
    }

    private static Speaker lastName(Phrase clause, SpeakerRegistry registry) {
        List<NameRun> runs = clause.runs();
        return runs.isEmpty() ? knownWord(clause, registry)
                : known(runs.get(runs.size() - 1), clause.sentence(), registry);
    }

    /** A capitalized word the tagger did not take for a name ("Vogt said" opening a sentence) that names a speaker. */
    private static Speaker knownWord(Phrase clause, SpeakerRegistry registry) {
        for (Token token : clause.tokens()) {
            Speaker known = token.isCapitalized() ? registry.resolve(token.text()) : null;
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    private static Speaker firstName(Phrase phrase, SpeakerRegistry registry) {
        List<NameRun> runs = phrase.runs();
        return runs.isEmpty() ? null : known(runs.get(0), phrase.sentence(), registry);
    }

    private static Speaker known(NameRun run, List<Token> tokens, SpeakerRegistry registry) {
        Speaker resolved = registry.resolve(run.name(tokens));
        return (resolved != null) ? resolved : registry.register(run.asSpeaker(tokens));
    }

    /**
     * The words before the verb that can hold its subject. After an apposition ("Dr. Amina Hassan, the ministry's
     * chief epidemiologist, told") that is the phrase before the apposition.
     */
    private static Phrase subjectClause(List<Token> tokens, int verb) {
        int start = clauseStart(tokens, verb);
        if (!afterComma(tokens, verb)) {
            return new Phrase(tokens, start, verb);
        }
        int opening = appositionOpening(tokens, verb);
        int before = clauseStart(tokens, opening);
        return new Phrase(tokens, before, Math.max(before, opening));
    }

    /** The words between the commas of ", the ministry's chief epidemiologist, told", or null. */
    private static Phrase apposition(List<Token> tokens, int verb) {
        if (!afterComma(tokens, verb)) {
            return null;
        }
        int opening = appositionOpening(tokens, verb);
        return tokens.get(opening).is(",") ? new Phrase(tokens, opening + 1, verb - 1) : null;
    }

    private static boolean afterComma(List<Token> tokens, int verb) {
        return clauseStart(tokens, verb) == verb && verb > 0 && tokens.get(verb - 1).is(",");
    }

    private static int appositionOpening(List<Token> tokens, int verb) {
        int opening = verb - 2;
        while (opening > 0 && !tokens.get(opening).is(",")) {
            opening--;
        }
        return opening;
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
}
