package io.factdesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.factdesk.person.SpeakerKind;

/**
 * The people and organizations an article has named so far, so that a later "Shin said" or "the DIA report"
 * finds "South Korea's defense minister Shin Wonsik" or "the US Defense Intelligence Agency" again.
 */
final class SpeakerRegistry {

    private final List<Speaker> speakers = new ArrayList<>();
    private final Map<String, Speaker> acronyms = new HashMap<>();
    /** The words each organization goes by, its name's and its descriptions' ("national weather agency"). */
    private final List<Description> descriptions = new ArrayList<>();
    private Speaker lastPerson;
    private Speaker lastOrganization;

    /** Records the speakers a sentence introduces: organizations, and people the text gives a role. */
    void learn(List<Token> tokens) {
        for (NameRun run : NameRun.all(tokens)) {
            Speaker speaker = run.introducedSpeaker(tokens);
            if (speaker != null) {
                register(speaker);
            }
        }
    }

    /** Adds a speaker, or completes the one already known by that name with the role it lacked. */
    Speaker register(Speaker speaker) {
        Speaker known = byName(speaker.name());
        if (known != null && (known.role() != null || speaker.role() == null)) {
            return remember(known);
        }
        if (known != null) {
            this.speakers.remove(known);
        }
        this.speakers.add(speaker);
        if (speaker.kind() == SpeakerKind.ORGANIZATION) {
            for (String acronym : acronymsOf(speaker.name())) {
                this.acronyms.put(acronym, speaker);
            }
            describe(speaker, speaker.name());
        }
        return remember(speaker);
    }

    /** Records that the article also calls an organization so: "Spain’s national weather agency, AEMET". */
    void describe(Speaker organization, String description) {
        this.descriptions.add(new Description(organization, Set.copyOf(words(description))));
    }

    /**
     * The known speaker a name refers to: the same name, an acronym of it, or part of a person's name (a surname);
     * null when none fits.
     */
    Speaker resolve(String name) {
        Speaker exact = byName(name);
        if (exact != null) {
            return remember(exact);
        }
        Speaker acronym = this.acronyms.get(name.replace(".", ""));
        if (acronym != null) {
            return remember(acronym);
        }
        List<String> parts = words(name);
        for (int i = this.speakers.size() - 1; i >= 0; i--) {
            Speaker candidate = this.speakers.get(i);
            if (candidate.kind() == SpeakerKind.PERSON && words(candidate.name()).containsAll(parts)) {
                return remember(candidate);
            }
        }
        return null;
    }

    /**
     * The organization most recently named or described with the head word ("the ministry" → "Health Ministry")
     * and, when there are any, one of the modifiers: "the statistics office" is the "Office for National
     * Statistics", "the district health office" is not. Null when none fits.
     */
    Speaker organizationWith(String head, List<String> modifiers) {
        for (int i = this.descriptions.size() - 1; i >= 0; i--) {
            Description description = this.descriptions.get(i);
            boolean modified = modifiers.isEmpty() || modifiers.stream().map(SpeakerRegistry::lower)
                    .anyMatch(description.words()::contains);
            if (description.words().contains(lower(head)) && modified) {
                return remember(description.organization());
            }
        }
        return null;
    }

    /** Whom "it" most likely refers to, or a bare "the agency" the article has not otherwise named. */
    Speaker lastOrganization() {
        return this.lastOrganization;
    }

    /** Whom "he" or "she" most likely refers to. */
    Speaker lastPerson() {
        return this.lastPerson;
    }

    private Speaker remember(Speaker speaker) {
        if (speaker.kind() == SpeakerKind.PERSON) {
            this.lastPerson = speaker;
        }
        else {
            this.lastOrganization = speaker;
        }
        return speaker;
    }

    private Speaker byName(String name) {
        for (Speaker speaker : this.speakers) {
            if (speaker.name().equalsIgnoreCase(name)) {
                return speaker;
            }
        }
        return null;
    }

    /** "US Defense Intelligence Agency" is also "USDIA" and "DIA"; small words do not count. */
    private static List<String> acronymsOf(String name) {
        List<String> capitals = new ArrayList<>();
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                capitals.add(word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) ? word
                        : word.substring(0, 1));
            }
        }
        if (capitals.size() < 2) {
            return List.of();
        }
        return List.of(String.join("", capitals), String.join("", capitals.subList(1, capitals.size())));
    }

    private record Description(Speaker organization, Set<String> words) {
    }

    private static List<String> words(String name) {
        return List.of(lower(name).split("\\s+"));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
