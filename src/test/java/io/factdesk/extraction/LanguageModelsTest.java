package io.factdesk.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageModelsTest {

    static final LanguageModels MODELS = LanguageModels.load();

    @Test
    void splitsSentencesWithOffsetsIntoTheBody() throws IOException {
        String body = new ClassPathResource("demo/north-korea-munitions-article.txt").getContentAsString(StandardCharsets.UTF_8);
        int paragraphStart = body.indexOf("South Korea’s defense minister");
        String paragraph = body.substring(paragraphStart, body.indexOf('\n', paragraphStart));

        List<Sentence> sentences = MODELS.sentences(paragraph, paragraphStart);

        assertThat(sentences).hasSize(2);
        for (Sentence sentence : sentences) {
            assertThat(body.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
            System.out.println(sentence.tokens().stream().map(t -> t.text() + "/" + t.tag()).toList());
        }
    }
}
