package io.factdesk.db;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LateralJoinsTest {

    private static final String PAGE = "SELECT id, article_id FROM claim ORDER BY id DESC LIMIT :limit";

    @Test
    void aPageWithNothingToJoinIsSentAsItIs() {
        assertThat(LateralJoins.NONE.around(PAGE, "page.id DESC")).isEqualTo(PAGE);
    }

    @Test
    void eachJoinRunsOnTheLimitedPageAndNamesItsColumnsAfterItself() {
        LateralJoins joins = new LateralJoins(List.of(
                LateralJoin.rowOf("article", "article", "id, headline", "id", "article_id", row -> "an article"),
                LateralJoin.valueOf("evidenceCount", "count(*)::int", "FROM evidence WHERE evidence.claim_id = page.id",
                        Integer.class)));

        assertThat(joins.around(PAGE, "page.id DESC")).isEqualTo("SELECT page.*, \"article\".*, \"evidenceCount\".*"
                + " FROM (" + PAGE + ") AS page"
                + " LEFT JOIN LATERAL (SELECT id AS \"article.id\", headline AS \"article.headline\" FROM article"
                + " WHERE article.id = page.article_id LIMIT 1) AS \"article\" ON true"
                + " LEFT JOIN LATERAL (SELECT count(*)::int AS \"evidenceCount.value\" FROM evidence"
                + " WHERE evidence.claim_id = page.id) AS \"evidenceCount\" ON true"
                + " ORDER BY page.id DESC");
    }

    @Test
    void twoJoinsOfOneNameWouldMixTheirColumns() {
        LateralJoin<Integer> count = LateralJoin.valueOf("n", "count(*)", "FROM evidence", Integer.class);

        assertThatThrownBy(() -> new LateralJoins(List.of(count, count)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two lateral joins named n");
    }
}
