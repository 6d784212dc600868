package io.factdesk.db;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.r2dbc.spi.Readable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LateralJoinsTest {

    private static final String PAGE = "SELECT id, article_id FROM claim ORDER BY id DESC LIMIT :limit";

    private static final Projection ARTICLE = Projection.alwaysReading("id").field("headline", "headline")
            .field("url", "url");

    @Test
    void aPageWithNothingToJoinIsSentAsItIs() {
        assertThat(LateralJoins.NONE.around(PAGE, "page.id DESC")).isEqualTo(PAGE);
    }

    @Test
    void eachJoinRunsOnTheLimitedPageAndNamesItsColumnsAfterItself() {
        LateralJoins joins = new LateralJoins(List.of(
                LateralJoin.rowOf("article", "article", ARTICLE, "id", "article_id", row -> "an article"),
                LateralJoin.valueOf("evidenceCount", "count(*)::int", "FROM evidence WHERE evidence.claim_id = page.id",
                        Integer.class)));

        assertThat(joins.around(PAGE, "page.id DESC")).isEqualTo("SELECT page.*, \"article\".*, \"evidenceCount\".*"
                + " FROM (" + PAGE + ") AS page"
                + " LEFT JOIN LATERAL (SELECT id AS \"article.id\", headline AS \"article.headline\","
                + " url AS \"article.url\" FROM article"
                + " WHERE article.id = page.article_id LIMIT 1) AS \"article\" ON true"
                + " LEFT JOIN LATERAL (SELECT count(*)::int AS \"evidenceCount.value\" FROM evidence"
                + " WHERE evidence.claim_id = page.id) AS \"evidenceCount\" ON true"
                + " ORDER BY page.id DESC");
    }

    @Test
    void aJoinReadsOnlyWhatTheFieldsSelectedBelowItShow() {
        LateralJoin<String> article = LateralJoin.rowOf("article", "article", ARTICLE, "id", "article_id",
                row -> "an article");
        LateralJoins joins = new LateralJoins(List.of(article), Map.of("article", Set.of("headline")));

        assertThat(joins.around(PAGE, "page.id DESC")).contains("(SELECT id AS \"article.id\","
                + " headline AS \"article.headline\", NULL AS \"article.url\" FROM article"
                + " WHERE article.id = page.article_id LIMIT 1)");
    }

    @Test
    void aJoinAlwaysReadsItsKey() {
        assertThatThrownBy(() -> LateralJoin.rowOf("article", "article", Projection.alwaysReading("headline"), "id",
                "article_id", row -> "an article"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the lateral join article must always read its key id");
    }

    @Test
    void twoJoinsOfOneNameWouldMixTheirColumns() {
        LateralJoin<Integer> count = LateralJoin.valueOf("n", "count(*)", "FROM evidence", Integer.class);

        assertThatThrownBy(() -> new LateralJoins(List.of(count, count)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two lateral joins named n");
    }

    @Test
    void aJoinedRowReachesTheMapperByItsPlainColumnNames() {
        LateralJoin<String> article = LateralJoin.rowOf("article", "article", ARTICLE, "id", "article_id",
                row -> row.get("id", Long.class) + ": " + row.get("headline", String.class));
        Map<String, Object> joined = new HashMap<>(Map.of("id", 7L, "headline", "the claim's own column",
                "article.id", 3L, "article.headline", "Containers of shells"));

        assertThat(article.read().apply(new MapRow(joined))).isEqualTo("3: Containers of shells");

        joined.put("article.id", null);
        joined.put("article.headline", null);
        assertThat(article.read().apply(new MapRow(joined))).isNull();
    }

    @Test
    void aMapperAskingForAColumnTheJoinDoesNotSelectIsToldWhich() {
        LateralJoin<String> article = LateralJoin.rowOf("article", "article", ARTICLE, "id", "article_id",
                row -> row.get("body", String.class));

        assertThatThrownBy(() -> article.read().apply(new MapRow(Map.of("article.id", 3L))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the lateral join article selects no column named body");
    }

    /** A row of a statement, by column name: what the driver's rows give a mapper. */
    private record MapRow(Map<String, Object> columns) implements Readable {

        @Override
        public <T> T get(String name, Class<T> type) {
            if (!this.columns.containsKey(name)) {
                throw new java.util.NoSuchElementException(name);
            }
            return type.cast(this.columns.get(name));
        }

        @Override
        public <T> T get(int index, Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }
}
