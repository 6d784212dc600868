package io.factdesk.matching;

import io.factdesk.article.Article;
import io.factdesk.support.IntegrationTest;
import io.factdesk.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ClaimTextBackfillTest {

    @Autowired
    ClaimTextBackfill backfill;

    @Autowired
    DatabaseClient db;

    @Autowired
    TestData data;

    @Test
    void claimsRecordedBySqlAreAllIndexedAtStartUpNotJustTheFirstBatch() {
        Article article = this.data.article("Backfill " + TestData.token(), "Claims loaded in bulk.");
        this.db.sql("""
                        INSERT INTO claim (article_id, text)
                        SELECT :articleId, 'Bulk claim number ' || n || ' about ' || n * 3 || ' bridges.'
                        FROM generate_series(1, 1200) AS n""")
                .bind("articleId", article.id())
                .then().block();

        this.backfill.run(new DefaultApplicationArguments());

        Long unindexed = this.db.sql("""
                        SELECT count(*) AS n FROM claim c
                        WHERE c.article_id = :articleId
                          AND NOT EXISTS (SELECT 1 FROM claim_match_text m WHERE m.claim_id = c.id)""")
                .bind("articleId", article.id())
                .map(row -> row.get("n", Long.class))
                .one().block();
        assertThat(unindexed).isZero();
        String indexed = this.db.sql("""
                        SELECT m.text || ' ' || m.numbers::text AS indexed FROM claim_match_text m
                        JOIN claim c ON c.id = m.claim_id
                        WHERE c.article_id = :articleId AND c.text = 'Bulk claim number 7 about 21 bridges.'""")
                .bind("articleId", article.id())
                .map(row -> row.get("indexed", String.class))
                .one().block();
        assertThat(indexed).isEqualTo("bulk claim number 7 about 21 bridges {7,21}");
    }
}
