package io.factdesk.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.factdesk.person.Person;
import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class IngestArticleTest {

    // language=GraphQL
    private static final String INGEST = """
            mutation ($input: IngestArticleInput!) {
              ingestArticle(input: $input) {
                created
                article { id url headline claims { edges { node { text span { start end } claimant { name } state } } } }
                claims { id history { kind actor } }
                userErrors { code field message }
              }
            }""";

    private static final String BODY = "The minister said 5 million shells were sent. Officials doubt it.";

    @Autowired
    Desk desk;

    @Autowired
    TestData data;

    @Autowired
    DatabaseClient db;

    private static Map<String, Object> article(String url, List<Map<String, Object>> claims) {
        return Map.of("headline", "Shells", "byline", "A. Reporter", "outlet", "Daily", "url", url,
                "publishedAt", "2024-06-19T08:00:00Z", "body", BODY, "claims", claims);
    }

    @Test
    void aReporterIngestsAnArticleWithItsClaims() {
        Person minister = this.data.person("Minister " + TestData.token());
        String url = "https://daily.example/" + TestData.token();

        this.desk.as("rhea", Role.REPORTER).document(INGEST)
                .variable("input", article(url, List.of(Map.of("text", "The minister said 5 million shells were sent.",
                        "span", Map.of("start", 0, "end", 45), "claimantId", minister.id()))))
                .execute()
                .path("ingestArticle.userErrors").entityList(Object.class).hasSize(0)
                .path("ingestArticle.created").entity(Boolean.class).isEqualTo(true)
                .path("ingestArticle.article.url").entity(String.class).isEqualTo(url)
                .path("ingestArticle.article.claims.edges[0].node.span.end").entity(Integer.class).isEqualTo(45)
                .path("ingestArticle.article.claims.edges[0].node.claimant.name").entity(String.class)
                .isEqualTo(minister.name())
                .path("ingestArticle.article.claims.edges[0].node.state").entity(String.class).isEqualTo("NEW")
                .path("ingestArticle.claims[0].history[0].kind").entity(String.class).isEqualTo("CREATED")
                .path("ingestArticle.claims[0].history[0].actor").entity(String.class).isEqualTo("rhea");
    }

    @Test
    void ingestingTheSameUrlAgainChangesNothing() {
        String url = "https://daily.example/" + TestData.token();
        var first = article(url, List.of(Map.of("text", "Officials doubt it.")));
        String id = this.desk.as(Role.REPORTER).document(INGEST).variable("input", first).execute()
                .path("ingestArticle.article.id").entity(String.class).get();

        this.desk.as(Role.REPORTER).document(INGEST).variable("input", first).execute()
                .path("ingestArticle.created").entity(Boolean.class).isEqualTo(false)
                .path("ingestArticle.article.id").entity(String.class).isEqualTo(id)
                .path("ingestArticle.claims").entityList(Object.class).hasSize(0)
                .path("ingestArticle.article.claims.edges").entityList(Object.class).hasSize(1);
    }

    @Test
    void concurrentIngestsOfOneUrlStoreItOnce() {
        String url = "https://daily.example/" + TestData.token();
        var input = article(url, List.of(Map.of("text", "Officials doubt it.")));

        List<Boolean> created = Flux.range(0, 8).parallel(8).runOn(Schedulers.boundedElastic())
                .map(i -> this.desk.as(Role.REPORTER).document(INGEST).variable("input", input).execute()
                        .path("ingestArticle.created").entity(Boolean.class).get())
                .sequential().collectList().block();

        assertThat(created).containsOnlyOnce(true);
        assertThat(this.db.sql("SELECT count(*) FROM article WHERE url = :url").bind("url", url)
                .map(row -> row.get(0, Long.class)).one().block()).isEqualTo(1L);
        assertThat(this.db.sql("SELECT count(*) FROM claim JOIN article ON article.id = claim.article_id WHERE url = :url")
                .bind("url", url).map(row -> row.get(0, Long.class)).one().block()).isEqualTo(1L);
    }

    @Test
    void badInputIsReportedFieldByFieldAndNothingIsStored() {
        String url = "https://daily.example/" + TestData.token();
        Map<String, Object> input = new HashMap<>(article(url, List.of(
                Map.of("text", "Officials doubt it."),
                Map.of("text", "Out of range.", "span", Map.of("start", 10, "end", 5000)),
                Map.of("text", "Nobody said this.", "claimantId", "987654321"))));
        input.put("headline", "x".repeat(501));

        this.desk.as(Role.REPORTER).document(INGEST).variable("input", input).execute()
                .path("ingestArticle.article").valueIsNull()
                .path("ingestArticle.userErrors[0].field").entityList(String.class).containsExactly("input", "headline");

        input.put("headline", "Fine");
        this.desk.as(Role.REPORTER).document(INGEST).variable("input", input).execute()
                .path("ingestArticle.userErrors[0].code").entity(String.class).isEqualTo("VALIDATION")
                .path("ingestArticle.userErrors[0].field").entityList(String.class)
                .containsExactly("input", "claims", "1", "span");

        assertThat(this.db.sql("SELECT count(*) FROM article WHERE url = :url").bind("url", url)
                .map(row -> row.get(0, Long.class)).one().block()).isZero();
    }

    @Test
    void anUnknownSpeakerRollsTheWholeIngestBack() {
        String url = "https://daily.example/" + TestData.token();

        this.desk.as(Role.REPORTER).document(INGEST)
                .variable("input", article(url, List.of(Map.of("text", "Officials doubt it."),
                        Map.of("text", "Nobody said this.", "claimantId", "987654321"))))
                .execute()
                .path("ingestArticle.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND")
                .path("ingestArticle.userErrors[0].field").entityList(String.class)
                .containsExactly("input", "claims", "1", "claimantId");

        assertThat(this.db.sql("SELECT count(*) FROM article WHERE url = :url").bind("url", url)
                .map(row -> row.get(0, Long.class)).one().block()).isZero();
    }

    @Test
    void aUrlMustBeAWebAddress() {
        this.desk.as(Role.REPORTER).document(INGEST)
                .variable("input", article("javascript:alert(1)", List.of()))
                .execute()
                .path("ingestArticle.userErrors[0].code").entity(String.class).isEqualTo("VALIDATION")
                .path("ingestArticle.userErrors[0].message").entity(String.class)
                .satisfies(message -> assertThat(message).contains("absolute http(s) URL"));
    }

    @Test
    void addClaimChecksTheSpanAgainstTheBody() {
        Article article = this.data.article("Add " + TestData.token(), BODY);
        int start = BODY.indexOf("Officials doubt it.");
        String addClaim = """
                mutation ($input: AddClaimInput!) { addClaim(input: $input) {
                  claim { text span { start end } } userErrors { code field } } }""";

        this.desk.as(Role.REPORTER).document(addClaim)
                .variable("input", Map.of("text", "Officials doubt it.", "articleId", article.id(),
                        "span", Map.of("start", start, "end", BODY.length())))
                .execute()
                .path("addClaim.claim.span.start").entity(Integer.class).isEqualTo(start)
                .path("addClaim.userErrors").entityList(Object.class).hasSize(0);

        this.desk.as(Role.REPORTER).document(addClaim)
                .variable("input", Map.of("text", "Officials doubt it.", "articleId", article.id(),
                        "span", Map.of("start", start, "end", BODY.length() + 1)))
                .execute()
                .path("addClaim.claim").valueIsNull()
                .path("addClaim.userErrors[0].field").entityList(String.class).containsExactly("input", "span");
    }
}
