package io.factdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the check-worthy claims of an article and who made each: splits the body into lines and sentences,
 * scores every sentence ({@link CheckWorthiness}), and attributes it to the speaker the sentence names, for a
 * quotation that goes on to the speaker before it, or, under a name line, to that line's speaker
 * ({@link Attribution}, {@link Quotes}, {@link NameLine}). Pure Java: no Spring, no database.
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
        Reading reading = new Reading();
        int offset = 0;
        for (String line : body.split("\n", -1)) {
            readLine(line, offset, reading);
            offset += line.length() + 1;
        }
        return reading.claims;
    }

    /** Reads one line into what the article has told so far. */
    private void readLine(String line, int offset, Reading reading) {
        if (line.isBlank() || isByline(line)) {
            return;
        }
        Speaker named = NameLine.speaker(line, this.models.tokens(line, offset));
        if (named != null) {
            reading.floor = reading.registry.register(named);
            reading.previous = null;
            return;
        }
        boolean openQuote = false;
        for (Sentence sentence : this.models.sentences(line, offset)) {
            reading.registry.learn(sentence.tokens());
            Speaker speaker = Attribution.speakerOf(sentence, reading.registry);
            boolean quoted = openQuote || Quotes.opens(sentence.text());
            if (speaker == null && quoted) {
                // A quotation the sentence does not attribute continues the quote before it: "“Visible policing
                // works,” she said. “Where we have more officers ...”"
                speaker = reading.previous;
            }
            if (speaker == null) {
                speaker = reading.floor;
            }
            double score = CheckWorthiness.score(sentence);
            if (score >= CheckWorthiness.THRESHOLD) {
                reading.claims.add(new CandidateClaim(sentence.text(), sentence.start(), sentence.end(), round(score),
                        speaker));
            }
            reading.previous = speaker;
            openQuote = Quotes.leavesOpen(sentence.text(), openQuote);
        }
    }

    private static boolean isByline(String line) {
        return line.startsWith("By ") && line.length() < 120 && !line.strip().endsWith(".");
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }

    /** What reading an article has gathered so far. */
    private static final class Reading {

        final SpeakerRegistry registry = new SpeakerRegistry();
        final List<CandidateClaim> claims = new ArrayList<>();
        /** The speaker of the name line above, whose statements follow until the next one. */
        Speaker floor;
        /** Who made the sentence before, for a quotation that goes on without saying so again. */
        Speaker previous;
    }
}
