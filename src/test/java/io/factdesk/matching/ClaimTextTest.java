package io.factdesk.matching;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimTextTest {

    private static String numbers(String text) {
        return ClaimText.normalize(text).numbers().stream().map(BigDecimal::toPlainString).toList().toString();
    }

    @Test
    void numbersInWordsAndInDigitsReadAlike() {
        assertThat(numbers("almost five million artillery shells")).isEqualTo("[5000000]");
        assertThat(numbers("almost 5 million artillery shells")).isEqualTo("[5000000]");
        assertThat(numbers("almost 5,000,000 artillery shells")).isEqualTo("[5000000]");
        assertThat(numbers("a million shells to Kyiv")).isEqualTo("[1000000]");
        assertThat(numbers("30,000 shells a month, 100,000 per month")).isEqualTo("[30000, 100000]");
        assertThat(numbers("inflation fell to 2.1 percent.")).isEqualTo("[2.1]");
    }

    @Test
    void fiveMillionIsNotFiveThousand() {
        assertThat(numbers("five thousand shells")).isEqualTo("[5000]");
    }

    @Test
    void theTextLosesCaseAccentsAndPunctuationButKeepsItsWords() {
        assertThat(ClaimText.normalize("“São Paulo’s mayor said: 21 of 50 missiles!”").text())
                .isEqualTo("sao paulo s mayor said 21 of 50 missiles");
    }
}
