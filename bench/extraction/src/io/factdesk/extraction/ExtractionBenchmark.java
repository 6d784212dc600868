package io.factdesk.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

/**
 * Times extraction alone on a 1,000-word article: the seed article followed by news copy until the text has
 * 1,000 words. Reports percentiles; asserts nothing (targets are read, not tested). Run with
 * {@code mvn -Pbench-extraction test}.
 */
class ExtractionBenchmark {

    private static final int WARMUP = 100;
    private static final int RUNS = 500;
    private static final int WORDS = 1000;

    @Test
    void extractionOfAThousandWordArticle() throws IOException {
        String article = thousandWords();
        ClaimExtractor extractor = ClaimExtractor.load();
        for (int i = 0; i < WARMUP; i++) {
            extractor.extract(article);
        }
        long[] nanos = new long[RUNS];
        int claims = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            claims = extractor.extract(article).size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "extraction of a %d-word article (%d claims found), %d runs after %d warm-up,"
                        + " %d cores: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                words(article), claims, RUNS, WARMUP, Runtime.getRuntime().availableProcessors(),
                millis(nanos, 0.50), millis(nanos, 0.90), millis(nanos, 0.99), nanos[RUNS - 1] / 1e6);
    }

    /** The seed article and the labelled news articles, in turn, until there are 1,000 words. */
    private static String thousandWords() throws IOException {
        String[] bodies = { read("demo/north-korea-munitions-article.txt"), body("extraction/health-cholera.json"),
                body("extraction/economy-eurozone.json"), body("extraction/elections-turnout.json") };
        StringBuilder text = new StringBuilder();
        for (int i = 0; words(text.toString()) < WORDS; i++) {
            text.append(bodies[i % bodies.length]).append('\n');
        }
        String[] words = text.toString().split(" ");
        return String.join(" ", Arrays.copyOf(words, WORDS));
    }

    private static String body(String labelledArticle) throws IOException {
        String json = read(labelledArticle);
        return json.substring(json.indexOf("\"body\": \"") + 9, json.indexOf("\",\n")).replace("\\n", "\n");
    }

    private static String read(String resource) throws IOException {
        return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
    }

    private static int words(String text) {
        return text.split(" ").length;
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }
}
