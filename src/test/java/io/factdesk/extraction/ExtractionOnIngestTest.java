package io.factdesk.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Extraction as the desk uses it: a preview that stores nothing, and the first pass of every ingest. */
@IntegrationTest
class ExtractionOnIngestTest {

    @Autowired
    Desk desk;

    @Autowired
    DatabaseClient db;

    private static String seedArticle() throws IOException {
        return new ClassPathResource("demo/north-korea-munitions-article.txt").getContentAsString(StandardCharsets.UTF_8);
    }

    private long count(String sql) {
        return this.db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }

    @Test
    void thePreviewFindsClaimsAndTheSpeakersOnFileButStoresNothing() throws IOException {
        long claimsBefore = count("SELECT count(*) FROM claim");

        var response = this.desk.as(Role.REPORTER).document("""
                        query ($text: String!) { extractClaims(text: $text) {
                          text span { start end } checkWorthiness speaker { name kind role onFile { id name } } } }""")
                .variable("text", seedArticle())
                .execute();

        List<Map> claims = response.path("extractClaims").entityList(Map.class).get();
        assertThat(claims).hasSizeGreaterThanOrEqualTo(14);
        String fiveMillion = "extractClaims[?(@.text =~ /.*five million.*/)]";
        response.path(fiveMillion + ".speaker.name").entityList(String.class).containsExactly("Shin Wonsik")
                .path(fiveMillion + ".speaker.onFile.name").entityList(String.class).containsExactly("Shin Wonsik")
                .path(fiveMillion + ".speaker.kind").entityList(String.class).containsExactly("PERSON");
        assertThat(count("SELECT count(*) FROM claim")).isEqualTo(claimsBefore);
    }

    @Test
    void aTextAboveTheLimitIsRefusedClearly() {
        this.desk.as(Role.REPORTER).document("query ($text: String!) { extractClaims(text: $text) { text } }")
                .variable("text", "x".repeat(100_001))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).contains("at most 100000");
                }));
    }

    @Test
    void anArticleIngestedWithoutClaimsGetsTheExtractedOnesWithSpeakersMatchedNotDuplicated() throws IOException {
        long shinRecords = count("SELECT count(*) FROM person WHERE name = 'Shin Wonsik'");

        var response = this.desk.as("rita", Role.REPORTER).document("""
                        mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) {
                          claims { text state checkWorthiness span { start } claimant { name } history { note } }
                          userErrors { code message } } }""")
                .variable("input", Map.of("headline", "Shells for Moscow", "outlet", "Wire " + TestData.token(),
                        "url", "https://wire.example/" + TestData.token(), "publishedAt", "2024-06-20T08:00:00Z",
                        "body", seedArticle()))
                .execute();

        String fiveMillion = "ingestArticle.claims[?(@.text =~ /.*five million.*/)]";
        response.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0)
                .path(fiveMillion + ".state").entityList(String.class).containsExactly("NEW")
                .path(fiveMillion + ".claimant.name").entityList(String.class).containsExactly("Shin Wonsik")
                .path(fiveMillion + ".history[0].note").entityList(String.class).containsExactly("Found by extraction");
        assertThat(response.path("ingestArticle.claims").entityList(Map.class).get()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(count("SELECT count(*) FROM person WHERE name = 'Shin Wonsik'")).isEqualTo(shinRecords);
    }

    @Test
    void anEmptyListOfClaimsMeansNoClaims() throws IOException {
        this.desk.as(Role.REPORTER).document("""
                        mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { claims { id } } }""")
                .variable("input", Map.of("headline", "No claims", "outlet", "Wire", "claims", List.of(),
                        "url", "https://wire.example/" + TestData.token(), "publishedAt", "2024-06-20T08:00:00Z",
                        "body", seedArticle()))
                .execute()
                .path("ingestArticle.claims").entityList(Object.class).hasSize(0);
    }
}
