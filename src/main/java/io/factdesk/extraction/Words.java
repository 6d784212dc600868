package io.factdesk.extraction;

import java.util.Set;

/** The closed word lists extraction relies on, each named for what it tells. */
final class Words {

    /** Verbs that attribute a statement to whoever is their subject. */
    static final Set<String> ATTRIBUTION_VERBS = Set.of("said", "says", "say", "told", "tells", "tell", "stated",
            "states", "announced", "announces", "reported", "reports", "estimated", "estimates", "warned", "warns",
            "claimed", "claims", "added", "adds", "noted", "notes", "wrote", "writes", "testified", "argued",
            "explained", "insisted", "acknowledged", "predicted", "believe", "believes", "believed", "found",
            "concluded", "confirmed", "showed", "shows", "show", "blamed");

    /** Attribution verbs that are never nouns or adjectives, however a sentence is tagged. */
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "tells");

    /** Forms of "to be" that make an attribution verb passive: nobody is named as its speaker. */
    static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "’s",
            "'s");

    /**
     * Nouns for groups that speak as one, and head nouns of organizations: the subject phrase itself is the speaker
     * unless it refers to an organization named before ("the commission").
     */
    static final Set<String> GROUP_SPEAKERS = Set.of("prosecutors", "officials", "authorities", "analysts",
            "experts", "researchers", "scientists", "police", "investigators", "economists", "doctors", "lawmakers",
            "ministry", "agency", "government", "spokesperson", "spokesman", "spokeswoman", "inspectors",
            "regulators", "statisticians", "auditors", "commission", "inspectorate", "office", "network", "company",
            "firm", "operator", "regulator", "council", "department", "bureau", "service", "institute", "committee",
            "board", "authority", "bank", "watchdog", "organization", "organisation");

    /**
     * Head nouns that, on their own ("the agency said"), may stand for an organization the article named in other
     * words ("the Copernicus Climate Change Service"); more specific heads ("the ministry") need a name with that word.
     */
    static final Set<String> GENERIC_ORGANIZATIONS = Set.of("agency", "company", "firm", "operator", "regulator",
            "watchdog", "organization", "organisation", "body");

    /** Nouns for a finding whose source follows ("a report by ...", "data from ...", "a study published in ..."). */
    static final Set<String> FINDING_NOUNS = Set.of("report", "study", "review", "analysis", "survey", "data",
            "figures", "statistics", "audit", "investigation", "poll", "census", "research", "paper", "assessment",
            "estimates", "inquiry");

    /** Words that make a proper name an organization's. */
    static final Set<String> ORGANIZATION_WORDS = Set.of("agency", "ministry", "department", "research", "institute",
            "office", "council", "union", "bank", "commission", "organization", "organisation", "fund", "bureau",
            "service", "command", "reuters", "bloomberg", "news", "press", "times", "post", "university", "party",
            "court", "police", "army", "forces", "pentagon", "kremlin", "parliament", "congress", "senate",
            "government", "board", "authority", "association", "committee", "center", "centre", "group",
            "foundation", "corporation", "inc", "ltd", "prosecutors", "officials", "statistics", "institution",
            "administration", "observatory", "monitor", "watch", "network", "company", "federation", "inspectorate",
            "alliance", "systems", "holdings", "industries", "technologies", "airlines", "motors", "capital",
            "partners", "rail", "railways", "hospital", "society", "trust");

    /**
     * Titles and offices written before a name ("Dr", "Chief Constable", "Deputy Governor"); they belong to the
     * role, not the name.
     */
    static final Set<String> HONORIFICS = Set.of("ret.", "gen.", "general", "dr.", "dr", "mr.", "mrs.", "ms.",
            "prof.", "col.", "lt.", "maj.", "sen.", "rep.", "gov.", "adm.", "sgt.", "capt.", "ret", "gen", "mr", "mrs",
            "ms", "prof", "col", "lt", "maj", "sen", "rep", "gov", "adm", "sgt", "capt", "president", "minister",
            "secretary", "judge", "mayor", "governor", "senator", "ambassador", "chancellor", "premier", "professor",
            "chief", "deputy", "vice", "constable", "superintendent", "inspector", "detective", "sergeant",
            "commissioner", "councillor", "councilor", "chairman", "chairwoman", "chairperson", "chair", "director",
            "executive", "officer", "spokesperson", "spokesman", "spokeswoman", "commander", "colonel", "captain",
            "lieutenant", "admiral", "sheriff", "attorney", "justice", "treasurer", "leader", "bishop", "sir", "dame");

    /** Pronouns that refer back to the last person named. */
    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");

    /** Magnitudes and measures that make a statement a checkable quantity. */
    static final Set<String> QUANTITY_WORDS = Set.of("million", "millions", "billion", "billions", "trillion",
            "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "percent", "per", "%", "half",
            "double", "doubled", "twice", "times", "tons", "tonnes", "kilometers", "miles", "dollars", "euros");

    /** Words for a vaguer share of something: weaker than a number, still checkable. */
    static final Set<String> SHARE_WORDS = Set.of("bulk", "majority", "minority", "most", "amount", "share",
            "fraction", "rate", "average", "record", "all", "none", "every");

    static final Set<String> SMALL_NUMBERS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "twenty", "decade", "decades");

    static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "higher", "lower", "larger", "smaller",
            "bigger", "faster", "slower", "greater", "cheaper", "costlier", "older", "younger", "longer", "shorter",
            "most", "largest", "highest", "lowest", "biggest", "fastest", "smallest", "least", "worst", "best");

    static final Set<String> CHANGE_VERBS = Set.of("reduced", "increased", "rose", "risen", "fell", "fallen",
            "doubled", "tripled", "cut", "dropped", "grew", "grown", "declined", "surged", "halved", "soared",
            "plunged", "climbed", "shrank", "shrunk", "expanded", "raised", "lowered");

    static final Set<String> FINDING_WORDS = Set.of("report", "analysis", "study", "survey", "data", "confirms",
            "confirmed", "found", "shows", "showed", "debris", "evidence", "census", "figures", "statistics",
            "records", "audit", "investigation", "poll");

    /** Markers of opinion, exhortation or judgement rather than fact. */
    static final Set<String> OPINION_WORDS = Set.of("should", "ought", "must", "clear", "clearly", "obviously",
            "shame", "deserve", "deserves", "hope", "hopes", "wish", "terrible", "wonderful", "disgrace",
            "outrageous", "unacceptable", "let");

    /** Verbs that, after "I" or "we", voice the writer's own view. */
    static final Set<String> FIRST_PERSON_VIEWS = Set.of("think", "believe", "feel", "need", "must", "should");

    /** Markers of speculation about what may happen. */
    static final Set<String> SPECULATION_WORDS = Set.of("likely", "probably", "perhaps", "might", "may", "maybe",
            "possibly", "would", "expected");

    static final Set<String> TIME_OF_DAY = Set.of("a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock", "o’clock");

    private Words() {
    }

    static boolean in(Set<String> words, Token token) {
        return words.contains(token.text().toLowerCase());
    }
}
