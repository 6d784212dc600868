package io.factdesk.matching;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The form of a claim's text that matching compares: lower case, without accents and punctuation, every number
 * written in digits ("almost five million" and "almost 5,000,000" read alike), and the set of its numbers, so
 * that "five million" never passes for "five thousand". The one place this normalization lives.
 */
public final class ClaimText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}. ]+");
    private static final Map<String, Long> UNITS = Map.ofEntries(Map.entry("zero", 0L), Map.entry("one", 1L),
            Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
            Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L),
            Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("fifteen", 15L),
            Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L),
            Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);

    private ClaimText() {
    }

    /** A claim's text as matching sees it. */
    public record Normalized(String text, List<BigDecimal> numbers) {
    }

    public static Normalized normalize(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("’", "'").replace(",", "");
        String[] words = NOT_A_WORD.matcher(plain).replaceAll(" ").trim().split("\\s+");
        List<String> out = new ArrayList<>();
        TreeSet<BigDecimal> numbers = new TreeSet<>();
        int i = 0;
        while (i < words.length) {
            int end = numberEnd(words, i);
            if (end == i) {
                out.add(stripDots(words[i]));
                i++;
                continue;
            }
            BigDecimal value = value(words, i, end);
            numbers.add(value);
            out.add(value.toPlainString());
            i = end;
        }
        out.removeIf(String::isEmpty);
        return new Normalized(String.join(" ", out), List.copyOf(numbers));
    }

    /** Where the number starting at {@code start} ends (exclusive); {@code start} when no number starts there. */
    private static int numberEnd(String[] words, int start) {
        int end = start;
        boolean article = isArticle(words, start);
        if (article) {
            end++;
        }
        while (end < words.length && isNumberWord(words[end])) {
            end++;
        }
        boolean onlyTheArticle = article && end == start + 1;
        return onlyTheArticle ? start : end;
    }

    /** "a million", "a thousand": the article counts as one. */
    private static boolean isArticle(String[] words, int index) {
        return words[index].equals("a") && index + 1 < words.length && SCALES.containsKey(words[index + 1]);
    }

    private static boolean isNumberWord(String word) {
        return isDigits(word) || UNITS.containsKey(word) || SCALES.containsKey(word);
    }

    private static BigDecimal value(String[] words, int start, int end) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        for (int i = start; i < end; i++) {
            String word = words[i];
            if (word.equals("a")) {
                current = BigDecimal.ONE;
            }
            else if (isDigits(word)) {
                current = current.add(new BigDecimal(stripDots(word)));
            }
            else if (UNITS.containsKey(word)) {
                current = current.add(BigDecimal.valueOf(UNITS.get(word)));
            }
            else {
                BigDecimal scale = BigDecimal.valueOf(SCALES.get(word));
                current = current.signum() == 0 ? scale : current.multiply(scale);
                if (SCALES.get(word) >= 1000) {
                    total = total.add(current);
                    current = BigDecimal.ZERO;
                }
            }
        }
        return total.add(current).stripTrailingZeros();
    }

    private static boolean isDigits(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0)) && stripDots(word).matches("\\d+(\\.\\d+)?");
    }

    private static String stripDots(String word) {
        String trimmed = word;
        while (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.startsWith(".") ? trimmed.substring(1) : trimmed;
    }
}
