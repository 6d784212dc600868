package io.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the check-worthy claims of an article and who made each: splits the body into lines and sentences,
 * scores every sentence ({@link CheckWorthiness}), and attributes it to the speaker the sentence names or, under a
 * name line, to that line's speaker ({@link Attribution}, {@link NameLine}). Pure Java: no Spring, no database.
 */
public final class ClaimExtractor {

    private final LanguageModels models;

    private ClaimExtractor(LanguageModels models) {
        this.models = models;
    }

    /** Loads the language models; slow, so callers keep one extractor. It is safe to share between threads. */
    public static ClaimExtractor load() {
        return new ClaimExtractor(LanguageModels.load());
    }

    public List<CandidateClaim> extract(String body) {
        SpeakerRegistry registry = new SpeakerRegistry();
        List<CandidateClaim> claims = new ArrayList<>();
        Speaker floor = null;
        int offset = 0;
        for (String line : body.split("\n", -1)) {
            floor = readLine(line, offset, registry, floor, claims);
            offset += line.length() + 1;
        }
        return claims;
    }

    /** Reads one line; returns the speaker whose floor it is after the line. */
    private Speaker readLine(String line, int offset, SpeakerRegistry registry, Speaker floor,
            List<CandidateClaim> claims) {
        if (line.isBlank() || isByline(line)) {
            return floor;
        }
        Speaker named = NameLine.speaker(line, this.models.tokens(line, offset));
        if (named != null) {
            return registry.register(named);
        }
        for (Sentence sentence : this.models.sentences(line, offset)) {
            registry.learn(sentence.tokens());
            double score = CheckWorthiness.score(sentence);
            if (score >= CheckWorthiness.THRESHOLD) {
                Speaker speaker = Attribution.speakerOf(sentence, registry);
                claims.add(new CandidateClaim(sentence.text(), sentence.start(), sentence.end(), round(score),
                        speaker != null ? speaker : floor));
            }
        }
        return floor;
    }

    private static boolean isByline(String line) {
        return line.startsWith("By ") && line.length() < 120 && !line.strip().endsWith(".");
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
