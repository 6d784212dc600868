package io.factdesk.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures extraction against articles a desk editor labelled (src/test/resources/extraction): the seed article and
 * news articles written for the purpose, with the claims an editor would mark and who made each.
 */
class ExtractionQualityTest {

    private static final double MIN_RECALL = 0.85;
    private static final double MIN_PRECISION = 0.7;
    private static final double MIN_ATTRIBUTION = 0.85;

    static ClaimExtractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = ClaimExtractor.load();
    }

    @Test
    void findsTheClaimsAnEditorMarksAndWhoMadeThem() throws IOException {
        Score total = new Score();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:extraction/*.json")) {
            LabelledArticle article = JsonMapper.builder().build().readValue(resource.getInputStream(),
                    LabelledArticle.class);
            Score score = score(article.body(), article.claims());
            System.out.printf("%-28s %s%n", resource.getFilename(), score);
            total.add(score);
        }
        System.out.println("all articles                 " + total);

        assertThat(total.recall()).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(total.precision()).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(total.attribution()).as("attribution accuracy").isGreaterThanOrEqualTo(MIN_ATTRIBUTION);
    }

    private static Score score(String body, List<LabelledClaim> labels) {
        List<CandidateClaim> found = extractor.extract(body);
        Score score = new Score();
        score.predicted = found.size();
        score.labelled = labels.size();
        List<CandidateClaim> unmatched = new ArrayList<>(found);
        for (LabelledClaim label : labels) {
            int start = body.indexOf(label.text());
            CandidateClaim match = found.stream()
                    .filter(candidate -> overlap(candidate, start, start + label.text().length()) >= 0.5)
                    .findFirst().orElse(null);
            if (match == null) {
                score.missed.add(label.text());
                continue;
            }
            score.matched++;
            unmatched.remove(match);
            if (sameSpeaker(match.speaker(), label.speakers())) {
                score.attributed++;
            }
            else {
                score.misattributed.add(label.text() + " -> " + (match.speaker() == null ? null : match.speaker().name()));
            }
        }
        unmatched.forEach(candidate -> score.unlabelled.add(candidate.text()));
        return score;
    }

    /** The share of the longer of the two spans that both cover. */
    private static double overlap(CandidateClaim candidate, int start, int end) {
        int common = Math.min(candidate.end(), end) - Math.max(candidate.start(), start);
        int longer = Math.max(candidate.end() - candidate.start(), end - start);
        return Math.max(0, common) / (double) longer;
    }

    private static boolean sameSpeaker(Speaker found, List<String> expected) {
        if (expected == null || found == null) {
            return expected == null && found == null;
        }
        return expected.stream().anyMatch(name -> normalized(name).equals(normalized(found.name())));
    }

    private static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replaceAll("[^a-z0-9 ]", "").strip();
    }

    record LabelledArticle(String body, String bodyResource, List<LabelledClaim> claims) {

        @Override
        public String body() {
            if (this.body != null) {
                return this.body;
            }
            try {
                return new ClassPathResource(this.bodyResource).getContentAsString(StandardCharsets.UTF_8);
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    record LabelledClaim(String text, List<String> speakers) {
    }

    static final class Score {

        int predicted;
        int labelled;
        int matched;
        int attributed;
        final List<String> missed = new ArrayList<>();
        final List<String> misattributed = new ArrayList<>();
        /** Candidates no label matches: what costs precision. */
        final List<String> unlabelled = new ArrayList<>();

        void add(Score other) {
            this.predicted += other.predicted;
            this.labelled += other.labelled;
            this.matched += other.matched;
            this.attributed += other.attributed;
            this.missed.addAll(other.missed);
            this.misattributed.addAll(other.misattributed);
            this.unlabelled.addAll(other.unlabelled);
        }

        double precision() {
            return this.predicted == 0 ? 0 : this.matched / (double) this.predicted;
        }

        double recall() {
            return this.labelled == 0 ? 0 : this.matched / (double) this.labelled;
        }

        double attribution() {
            return this.matched == 0 ? 0 : this.attributed / (double) this.matched;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "precision %.2f (%d/%d)  recall %.2f (%d/%d)  attribution %.2f (%d/%d)%s%s%s",
                    precision(), this.matched, this.predicted, recall(), this.matched, this.labelled, attribution(),
                    this.attributed, this.matched, this.missed.isEmpty() ? "" : "\n    missed: " + this.missed,
                    this.misattributed.isEmpty() ? "" : "\n    misattributed: " + this.misattributed,
                    this.unlabelled.isEmpty() ? "" : "\n    unlabelled: " + this.unlabelled);
        }
    }
}
