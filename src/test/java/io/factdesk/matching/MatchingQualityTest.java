package io.factdesk.matching;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.factdesk.article.Article;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures "same claim" matching on labelled pairs (src/test/resources/matching/pairs.json): paraphrases, the seed
 * article's claims restated, other numbers, other speakers, other claims on the same topic.
 */
@IntegrationTest
class MatchingQualityTest {

    private static final double THRESHOLD = 0.5;

    @Autowired
    MatchingService matching;

    @Autowired
    TestData data;

    @Test
    void matchesTheSameClaimAndNotItsNeighbours() throws IOException {
        List<Pair> pairs = JsonMapper.builder().build().readValue(
                new ClassPathResource("matching/pairs.json").getInputStream(), new TypeReference<List<Pair>>() { });
        Article article = this.data.article("Matching " + TestData.token(), "Claims on file.");
        Map<String, Long> onFile = new HashMap<>();
        for (Pair pair : pairs) {
            onFile.computeIfAbsent(pair.onFile(), text -> this.data.claim(article, text, null).id());
        }

        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (Pair pair : pairs) {
            long expected = onFile.get(pair.onFile());
            double score = this.matching.match(pair.claim(), 50, 0.0).block().stream()
                    .filter(match -> match.claimId() == expected).mapToDouble(ClaimMatch::score).findFirst().orElse(0);
            boolean matched = score >= THRESHOLD;
            System.out.printf(Locale.ROOT, "%.3f %-5s %s%n", score, pair.same(), pair.claim());
            truePositives += (matched && pair.same()) ? 1 : 0;
            falsePositives += (matched && !pair.same()) ? 1 : 0;
            falseNegatives += (!matched && pair.same()) ? 1 : 0;
        }
        double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
        double recall = truePositives / (double) Math.max(1, truePositives + falseNegatives);
        System.out.printf(Locale.ROOT, "matching at %.2f: precision %.2f, recall %.2f over %d pairs%n", THRESHOLD,
                precision, recall, pairs.size());

        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.8);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.8);
    }

    record Pair(String claim, String onFile, boolean same) {
    }
}
